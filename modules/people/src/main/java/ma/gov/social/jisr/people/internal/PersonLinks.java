package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.GuardianLink;
import ma.gov.social.jisr.people.api.GuardianRelation;
import ma.gov.social.jisr.people.api.ModuleHolding;
import ma.gov.social.jisr.people.api.PersonRecords;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Everything that points at a person: guardianship links here, and the records of other modules. */
@ApplicationScoped
public class PersonLinks {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private Instance<PersonRecords> modules;
    @Inject
    private CurrentUser me;

    List<GuardianLink> guardiansOf(long childId) {
        return links("select g.guardian_id as person_id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat,"
                + " g.relation, p.region_code, p.province_code from ppl_guardian g join ppl_person p"
                + " on p.id = g.guardian_id where g.child_id = ? order by g.relation, p.id", childId);
    }

    List<GuardianLink> wardsOf(long guardianId) {
        return links("select g.child_id as person_id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat,"
                + " g.relation, p.region_code, p.province_code from ppl_guardian g join ppl_person p"
                + " on p.id = g.child_id where g.guardian_id = ? order by p.id", guardianId);
    }

    /** A linked person outside my territory is not named: the link only says that they exist. */
    private List<GuardianLink> links(String sql, long id) {
        return new Sql(dataSource).list(sql, r -> {
            GuardianRelation relation = r.enumValue("relation", GuardianRelation.class);
            return me.scope().covers(r.string("region_code"), r.string("province_code"))
                    ? new GuardianLink(r.number("person_id"), r.string("first_name_ar") + " " + r.string("last_name_ar"),
                            r.string("first_name_lat") + " " + r.string("last_name_lat"), relation, true)
                    : GuardianLink.outsideScope(relation);
        }, id);
    }

    /** Only the modules the current user may know about. */
    List<ModuleHolding> holdings(long personId) {
        List<ModuleHolding> holdings = new ArrayList<>();
        for (PersonRecords module : modules) {
            if (module.readers().stream().anyMatch(me::hasRole)) {
                long count = module.countFor(personId);
                if (count > 0) {
                    holdings.add(new ModuleHolding(module.module(), count));
                }
            }
        }
        return holdings;
    }

    void addGuardian(long childId, long guardianId, GuardianRelation relation, String by) {
        Sql sql = new Sql(dataSource);
        if (sql.number("select count(*) from ppl_guardian where child_id = ? and guardian_id = ?", childId,
                guardianId) > 0) {
            throw new ma.gov.social.jisr.platform.api.JisrException("person.guardian.exists");
        }
        sql.update("insert into ppl_guardian (child_id, guardian_id, relation, created_at, created_by)"
                + " values (?, ?, ?, ?, ?)", childId, guardianId, relation, LocalDateTime.now(), by);
    }

    void removeGuardian(long childId, long guardianId) {
        new Sql(dataSource).update("delete from ppl_guardian where child_id = ? and guardian_id = ?", childId,
                guardianId);
    }

    /**
     * Moves every link from one person to another: guardianships (a link the keeper already has, or one
     * that would make a person their own guardian, is dropped), then every module's records. Returns
     * how many links moved.
     */
    long moveAll(long from, long to) {
        Sql sql = new Sql(dataSource);
        long moved = 0;
        moved += sql.update("update ppl_guardian set child_id = ? where child_id = ? and guardian_id <> ?"
                + " and guardian_id not in (select guardian_id from (select guardian_id from ppl_guardian"
                + " where child_id = ?) k)", to, from, to, to);
        moved += sql.update("update ppl_guardian set guardian_id = ? where guardian_id = ? and child_id <> ?"
                + " and child_id not in (select child_id from (select child_id from ppl_guardian"
                + " where guardian_id = ?) k)", to, from, to, to);
        sql.update("delete from ppl_guardian where child_id = ? or guardian_id = ?", from, from);
        for (PersonRecords module : modules) {
            long before = module.countFor(from);
            module.moveAll(from, to);
            moved += before;
        }
        return moved;
    }
}
