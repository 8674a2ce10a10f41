package ma.gov.social.jisr.casework.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonRecords;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Cases point at persons: a merge of two persons moves their cases, consents' guardians and referrals'
 * subjects in the merge's transaction. The person's page never shows a count of cases here (it would tell
 * anyone that a woman has a case): each module shows the cases the caller may open in its own fragment.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class CasePersonRecords implements PersonRecords {
    @PersistenceContext(unitName = "casework")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    @RolesAllowed(Roles.STAFF)
    public String module() {
        return "casework";
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Set<String> readers() {
        return Set.of();
    }

    @Override
    public long countFor(long personId) {
        return sql().number("select (select count(*) from cas_case where person_id = ?)"
                + " + (select count(*) from cas_referral where subject_person_id = ?)"
                + " + (select count(*) from cas_consent where guardian_person_id = ?) n", personId, personId, personId);
    }

    @Override
    public void moveAll(long fromPersonId, long toPersonId) {
        em.flush();
        sql().update("update cas_case set person_id = ? where person_id = ?", toPersonId, fromPersonId);
        sql().update("update cas_referral set subject_person_id = ? where subject_person_id = ?", toPersonId,
                fromPersonId);
        sql().update("update cas_consent set guardian_person_id = ? where guardian_person_id = ?", toPersonId,
                fromPersonId);
        em.clear(); // entities read before the move would write the old person back
    }

    private Sql sql() {
        return new Sql(dataSource);
    }
}
