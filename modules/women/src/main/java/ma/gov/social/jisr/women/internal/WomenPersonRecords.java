package ma.gov.social.jisr.women.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonRecords;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The children named in intakes, the women given a Salama kit and the registered women of the empowerment
 * programme (their cooperatives, seats and requests) point at persons: a merge moves them. The person's page
 * shows no count (it would tell anyone a woman came with her children); the women's fragment shows the cases
 * to those who may open them.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class WomenPersonRecords implements PersonRecords {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    @RolesAllowed(Roles.STAFF)
    public String module() {
        return WomenCases.MODULE;
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Set<String> readers() {
        return Set.of();
    }

    @Override
    public long countFor(long personId) {
        return new Sql(dataSource).number("select count(*) from wom_intake_child where person_id = ?", personId);
    }

    @Override
    public void moveAll(long fromPersonId, long toPersonId) {
        Sql sql = new Sql(dataSource);
        // both persons may be listed on the same intake: keep one line
        sql.update("delete f from wom_intake_child f join wom_intake_child t on t.case_id = f.case_id"
                + " and t.person_id = ? where f.person_id = ?", toPersonId, fromPersonId);
        sql.update("update wom_intake_child set person_id = ? where person_id = ?", toPersonId, fromPersonId);
        sql.update("update wom_kit_given set person_id = ? where person_id = ?", toPersonId, fromPersonId);
        // registered, a member, seated once: the kept person's own line wins over the merged one's
        sql.update("delete f from wom_emp_registration f join wom_emp_registration t on t.person_id = ?"
                + " where f.person_id = ?", toPersonId, fromPersonId);
        sql.update("update wom_emp_registration set person_id = ? where person_id = ?", toPersonId, fromPersonId);
        sql.update("delete f from wom_emp_member f join wom_emp_member t on t.cooperative_id = f.cooperative_id"
                + " and t.person_id = ? where f.person_id = ?", toPersonId, fromPersonId);
        sql.update("update wom_emp_member set person_id = ? where person_id = ?", toPersonId, fromPersonId);
        sql.update("delete f from wom_emp_seat f join wom_emp_seat t on t.training_id = f.training_id"
                + " and t.person_id = ? where f.person_id = ?", toPersonId, fromPersonId);
        sql.update("update wom_emp_seat set person_id = ? where person_id = ?", toPersonId, fromPersonId);
        sql.update("update wom_emp_request set person_id = ? where person_id = ?", toPersonId, fromPersonId);
    }
}
