package ma.gov.social.jisr.children;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageContribution;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/**
 * Children in danger: the "Awladna" territorial child-protection mechanism (accompaniment centres, their
 * three teams, protection measures, placements and foster families). Only the children's case workers and
 * the regional coordinators (who supervise and manage the teams) see anything of it.
 */
@ApplicationScoped
public class ChildrenModule implements ModuleDescription {
    public static final String CASES = "children.cases";
    public static final String SUPERVISE = "children.supervise";
    public static final String EXPORT = "children.export";

    @Override
    public String name() {
        return "children";
    }

    @Override
    public String tablePrefix() {
        return "chi_";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(CASES, Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR),
                Permission.of(SUPERVISE, Roles.REGIONAL_COORDINATOR),
                Permission.of(EXPORT, Roles.REGIONAL_COORDINATOR));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/children/", CASES));
    }

    @Override
    public List<MenuEntry> menu() {
        String group = "nav.children";
        return List.of(new MenuEntry("menu-children-cases", "nav.children.cases", "/children/cases", "pi pi-folder",
                        CASES, group),
                new MenuEntry("menu-children-identify", "nav.children.identify", "/children/identify",
                        "pi pi-user-plus", CASES, group),
                new MenuEntry("menu-children-referrals", "nav.children.referrals", "/children/referrals", "pi pi-inbox",
                        CASES, group),
                new MenuEntry("menu-children-watch", "nav.children.watch", "/children/watch",
                        "pi pi-exclamation-triangle", CASES, group),
                new MenuEntry("menu-children-families", "nav.children.families", "/children/families", "pi pi-home",
                        CASES, group),
                new MenuEntry("menu-children-committee", "nav.children.committee", "/children/committee",
                        "pi pi-sitemap", CASES, group),
                new MenuEntry("menu-children-report", "nav.children.report", "/children/report", "pi pi-chart-bar",
                        CASES, group),
                new MenuEntry("menu-children-teams", "nav.children.teams", "/children/teams", "pi pi-users", CASES,
                        group));
    }

    @Override
    public List<PageContribution> personPage() {
        return List.of(new PageContribution("/children/includes/personCases.xhtml", CASES));
    }
}
