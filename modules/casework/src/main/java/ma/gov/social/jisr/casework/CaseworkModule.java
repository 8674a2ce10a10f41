package ma.gov.social.jisr.casework;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/**
 * The case kernel: no menu of its own (each social module shows its cases), but the fragments every
 * module's case file includes (services, referrals, consent, follow-up, documents, history) and their
 * words. Its own pages are fragments only; the document download is guarded per case by the services.
 */
@ApplicationScoped
public class CaseworkModule implements ModuleDescription {
    public static final String HANDLE = "casework.handle";

    @Override
    public String name() {
        return "casework";
    }

    @Override
    public String tablePrefix() {
        return "cas_";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(HANDLE, Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN,
                Roles.CASE_WORKER_CHILDREN, Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY,
                Roles.CASE_WORKER_DISABILITY));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/casework/", HANDLE));
    }
}
