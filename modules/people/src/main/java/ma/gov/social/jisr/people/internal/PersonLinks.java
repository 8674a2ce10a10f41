package ma.gov.social.jisr.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.people.api.GuardianLink;
import ma.gov.social.jisr.people.api.GuardianRelation;
import ma.gov.social.jisr.people.api.ModuleHolding;
import ma.gov.social.jisr.people.api.PersonRecords;
import ma.gov.social.jisr.platform.api.CurrentUser;

/** Everything that points at a person: guardianship links here, and the records of other modules. */
@ApplicationScoped
public class PersonLinks {
    @PersistenceContext(unitName = "people")
    private EntityManager em;
    @Inject
    private Instance<PersonRecords> modules;
    @Inject
    private CurrentUser me;

    List<GuardianLink> guardiansOf(long childId) {
        return links("select g.guardian_id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat,"
                + " g.relation, p.region_code, p.province_code from ppl_guardian g join ppl_person p"
                + " on p.id = g.guardian_id where g.child_id = ? order by g.relation, p.id", childId);
    }

    List<GuardianLink> wardsOf(long guardianId) {
        return links("select g.child_id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat,"
                + " g.relation, p.region_code, p.province_code from ppl_guardian g join ppl_person p"
                + " on p.id = g.child_id where g.guardian_id = ? order by p.id", guardianId);
    }

    /** A linked person outside my territory is not named: the link only says that they exist. */
    private List<GuardianLink> links(String sql, long id) {
        List<GuardianLink> links = new ArrayList<>();
        for (Object o : em.createNativeQuery(sql).setParameter(1, id).getResultList()) {
            Object[] c = (Object[]) o;
            GuardianRelation relation = GuardianRelation.valueOf((String) c[5]);
            links.add(me.scope().covers((String) c[6], (String) c[7])
                    ? new GuardianLink(((Number) c[0]).longValue(), c[1] + " " + c[2], c[3] + " " + c[4], relation,
                            true)
                    : GuardianLink.outsideScope(relation));
        }
        return links;
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
        Number existing = (Number) em.createNativeQuery("select count(*) from ppl_guardian where child_id = ?"
                + " and guardian_id = ?").setParameter(1, childId).setParameter(2, guardianId).getSingleResult();
        if (existing.longValue() > 0) {
            throw new ma.gov.social.jisr.platform.api.JisrException("person.guardian.exists");
        }
        em.createNativeQuery("insert into ppl_guardian (child_id, guardian_id, relation, created_at, created_by)"
                + " values (?, ?, ?, ?, ?)").setParameter(1, childId).setParameter(2, guardianId)
                .setParameter(3, relation.name()).setParameter(4, LocalDateTime.now()).setParameter(5, by)
                .executeUpdate();
    }

    void removeGuardian(long childId, long guardianId) {
        em.createNativeQuery("delete from ppl_guardian where child_id = ? and guardian_id = ?")
                .setParameter(1, childId).setParameter(2, guardianId).executeUpdate();
    }

    /**
     * Moves every link from one person to another: guardianships (a link the keeper already has, or one
     * that would make a person their own guardian, is dropped), then every module's records. Returns
     * how many links moved.
     */
    long moveAll(long from, long to) {
        long moved = 0;
        moved += em.createNativeQuery("update ppl_guardian set child_id = ? where child_id = ? and guardian_id <> ?"
                + " and guardian_id not in (select guardian_id from (select guardian_id from ppl_guardian"
                + " where child_id = ?) k)").setParameter(1, to).setParameter(2, from).setParameter(3, to)
                .setParameter(4, to).executeUpdate();
        moved += em.createNativeQuery("update ppl_guardian set guardian_id = ? where guardian_id = ? and child_id <> ?"
                + " and child_id not in (select child_id from (select child_id from ppl_guardian"
                + " where guardian_id = ?) k)").setParameter(1, to).setParameter(2, from).setParameter(3, to)
                .setParameter(4, to).executeUpdate();
        em.createNativeQuery("delete from ppl_guardian where child_id = ? or guardian_id = ?").setParameter(1, from)
                .setParameter(2, from).executeUpdate();
        for (PersonRecords module : modules) {
            long before = module.countFor(from);
            module.moveAll(from, to);
            moved += before;
        }
        return moved;
    }
}
