package ma.gov.social.jisr.women;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageContribution;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/**
 * Women in difficult situations and victims of violence: the multi-function spaces, listening centres,
 * shelters and the remote listening line. Only the women's case workers and the regional coordinators
 * (who supervise) see anything of it; administrators, finance and auditors do not.
 */
@ApplicationScoped
public class WomenModule implements ModuleDescription {
    public static final String CASES = "women.cases";
    public static final String EXPORT = "women.export";
    public static final String SUPERVISE = "women.supervise";
    /** Salama kits: stock, movements, distributions and their report. */
    public static final String KITS = "women.kits";
    /** Receiving, transferring, allocating and reversing kits: the regional coordinators. */
    public static final String KITS_MANAGE = "women.kitsManage";
    /** Economic empowerment: registrations, cooperatives, requests, milestones, trainings, indicators. */
    public static final String EMPOWERMENT = "women.empowerment";
    /** Reviewing funding requests (accept, reject, send to accompaniment): the regional coordinators. */
    public static final String EMPOWERMENT_DECIDE = "women.empowermentDecide";
    /** Registering women, cooperatives, sessions, requests, milestones and papers: workers and coordinators. */
    public static final String EMPOWERMENT_MANAGE = "women.empowermentManage";
    /** Recording a partner programme's financing: coordinators and the partnership officers. */
    public static final String EMPOWERMENT_FINANCE = "women.empowermentFinance";

    @Override
    public String name() {
        return "women";
    }

    @Override
    public String tablePrefix() {
        return "wom_";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(CASES, Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR),
                Permission.of(EXPORT, Roles.REGIONAL_COORDINATOR),
                Permission.of(SUPERVISE, Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN),
                Permission.of(KITS, Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER),
                Permission.of(KITS_MANAGE, Roles.REGIONAL_COORDINATOR),
                Permission.of(EMPOWERMENT, Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR,
                        Roles.PARTNERSHIP_OFFICER),
                Permission.of(EMPOWERMENT_DECIDE, Roles.REGIONAL_COORDINATOR),
                Permission.of(EMPOWERMENT_MANAGE, Roles.CASE_WORKER_WOMEN, Roles.REGIONAL_COORDINATOR),
                Permission.of(EMPOWERMENT_FINANCE, Roles.REGIONAL_COORDINATOR, Roles.PARTNERSHIP_OFFICER));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/women/kitMove", KITS_MANAGE), new PageGuard("/women/kit", KITS),
                new PageGuard("/women/empowerment/register", EMPOWERMENT_MANAGE),
                new PageGuard("/women/empowerment/newRequest", EMPOWERMENT_MANAGE),
                new PageGuard("/women/empowerment/", EMPOWERMENT),
                new PageGuard("/women/", CASES));
    }

    @Override
    public List<MenuEntry> menu() {
        String group = "nav.women";
        return List.of(new MenuEntry("menu-women-cases", "nav.women.cases", "/women/cases", "pi pi-folder", CASES,
                        group),
                new MenuEntry("menu-women-intake", "nav.women.intake", "/women/intake", "pi pi-user-plus", CASES,
                        group),
                new MenuEntry("menu-women-calls", "nav.women.calls", "/women/calls", "pi pi-phone", CASES, group),
                new MenuEntry("menu-women-supervision", "nav.women.supervision", "/women/supervision",
                        "pi pi-exclamation-triangle", SUPERVISE, group),
                new MenuEntry("menu-women-referrals", "nav.women.referrals", "/women/referrals", "pi pi-send", CASES,
                        group),
                new MenuEntry("menu-women-shelters", "nav.women.shelters", "/women/shelters", "pi pi-home", CASES,
                        group),
                new MenuEntry("menu-women-dashboard", "nav.women.dashboard", "/women/dashboard", "pi pi-chart-bar",
                        CASES, group),
                new MenuEntry("menu-women-kits", "nav.women.kits", "/women/kits", "pi pi-box", KITS, group),
                new MenuEntry("menu-women-kitMove", "nav.women.kitMove", "/women/kitMove", "pi pi-truck", KITS_MANAGE,
                        group),
                new MenuEntry("menu-women-kitDistribution", "nav.women.kitDistribution", "/women/kitDistribution",
                        "pi pi-gift", KITS, group),
                new MenuEntry("menu-women-kitReport", "nav.women.kitReport", "/women/kitReport", "pi pi-chart-pie",
                        KITS, group),
                empowerment("registrations", "pi pi-id-card"), empowerment("cooperatives", "pi pi-users"),
                empowerment("requests", "pi pi-briefcase"), empowerment("board", "pi pi-th-large"),
                empowerment("milestones", "pi pi-flag"), empowerment("trainings", "pi pi-book"),
                empowerment("indicators", "pi pi-chart-line"));
    }

    private static MenuEntry empowerment(String page, String icon) {
        return new MenuEntry("menu-women-emp-" + page, "nav.women.emp." + page, "/women/empowerment/" + page, icon,
                EMPOWERMENT, "nav.women.empowerment");
    }

    @Override
    public List<PageContribution> personPage() {
        return List.of(new PageContribution("/women/includes/personCases.xhtml", CASES),
                new PageContribution("/women/includes/personEmpowerment.xhtml", EMPOWERMENT));
    }
}
