package ma.gov.social.jisr.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/**
 * Funding of partner associations: the associations registry first, then the calls for proposals, the
 * projects and their evaluation, the agreements and their tranches (paid by the disbursement batch).
 */
@ApplicationScoped
public class FundingModule implements ModuleDescription {
    public static final String READ = "funding.read";
    public static final String MANAGE = "funding.manage";
    public static final String APPROVE_RIB = "funding.approveRib";

    @Override
    public String name() {
        return "funding";
    }

    @Override
    public String tablePrefix() {
        return "fun_";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(READ, Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER,
                        Roles.AUDITOR),
                Permission.of(MANAGE, Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER),
                Permission.of(APPROVE_RIB, Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/funding/associationEdit", MANAGE), new PageGuard("/funding/", READ));
    }

    @Override
    public List<MenuEntry> menu() {
        String group = "nav.funding";
        return List.of(new MenuEntry("menu-funding-associations", "nav.funding.associations", "/funding/associations",
                        "pi pi-users", READ, group),
                new MenuEntry("menu-funding-ribs", "nav.funding.ribs", "/funding/ribChanges", "pi pi-credit-card",
                        APPROVE_RIB, group));
    }
}
