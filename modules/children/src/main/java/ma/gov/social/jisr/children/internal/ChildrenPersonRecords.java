package ma.gov.social.jisr.children.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonRecords;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Alleged abusers and foster families' guardians point at persons: a merge moves them. The person's page shows
 * no count (it would tell anyone that someone is named as an abuser); the children's fragment shows the cases
 * to those who may open them.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR})
public class ChildrenPersonRecords implements PersonRecords {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    @RolesAllowed(Roles.STAFF)
    public String module() {
        return ChildrenCases.MODULE;
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Set<String> readers() {
        return Set.of();
    }

    @Override
    public long countFor(long personId) {
        return new Sql(dataSource).number("select (select count(*) from chi_alleged_abuser where person_id = ?)"
                + " + (select count(*) from chi_foster_family where guardian_person_id = ?) n", personId, personId);
    }

    @Override
    public void moveAll(long fromPersonId, long toPersonId) {
        Sql sql = new Sql(dataSource);
        sql.update("delete f from chi_alleged_abuser f join chi_alleged_abuser t on t.case_id = f.case_id"
                + " and t.person_id = ? where f.person_id = ?", toPersonId, fromPersonId);
        sql.update("update chi_alleged_abuser set person_id = ? where person_id = ?", toPersonId, fromPersonId);
        sql.update("update chi_foster_family set guardian_person_id = ? where guardian_person_id = ?", toPersonId,
                fromPersonId);
    }
}
