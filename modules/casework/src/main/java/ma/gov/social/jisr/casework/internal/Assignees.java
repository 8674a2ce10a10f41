package ma.gov.social.jisr.casework.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import ma.gov.social.jisr.casework.api.CaseTeam;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;

/**
 * Whom a case may be given to: an enabled account of the module's roles whose territory covers the case
 * (a worker of another province would not even be allowed to open it).
 */
@Dependent
public class Assignees {
    @Inject
    private StaffDirectory staff;

    CaseTeam team(CaseModule module, String regionCode, String provinceCode) {
        return new CaseTeam(staff.covering(module.workerRoles(), regionCode, provinceCode),
                staff.covering(handling(module), regionCode, provinceCode));
    }

    void check(CaseModule module, String worker, String supervisor, String regionCode, String provinceCode) {
        require(worker, module.workerRoles(), regionCode, provinceCode, "casework.workerRequired");
        require(supervisor, handling(module), regionCode, provinceCode, "casework.supervisorRequired");
    }

    /** The module's worker and supervising roles: whoever may handle its cases. */
    static Set<String> handling(CaseModule module) {
        Set<String> handling = new HashSet<>(module.workerRoles());
        handling.addAll(module.supervisorRoles());
        return handling;
    }

    private void require(String username, Set<String> roles, String regionCode, String provinceCode, String key) {
        StaffMember m = staff.member(username).orElseThrow(() -> new JisrException(key));
        if (!m.hasAny(roles) || !m.scope().covers(regionCode, provinceCode)) {
            throw new JisrException(key);
        }
    }
}
