package ma.gov.social.jisr.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.funding.api.BankReturnImport;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.ImportKind;
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
    /** Reviews reports on use and records money received back: partnership and finance officers. */
    public static final String REVIEW = "funding.review";
    /** Follows the disbursement runs: finance officers, administrators, auditors. */
    public static final String RUNS = "funding.runs";
    /** Prepares and approves disbursement runs: finance officers alone. */
    public static final String DISBURSE = "funding.disburse";

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
                Permission.of(APPROVE_RIB, Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER),
                Permission.of(REVIEW, Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER),
                Permission.of(RUNS, Roles.ADMINISTRATOR, Roles.FINANCE_OFFICER, Roles.AUDITOR),
                Permission.of(DISBURSE, Roles.FINANCE_OFFICER));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/funding/associationEdit", MANAGE), new PageGuard("/funding/callEdit", MANAGE),
                new PageGuard("/funding/projectEdit", MANAGE), new PageGuard("/funding/scoring", MANAGE),
                new PageGuard("/funding/ranking", MANAGE), new PageGuard("/funding/agreementDraft", MANAGE),
                new PageGuard("/funding/reports", REVIEW), new PageGuard("/funding/run", RUNS),
                new PageGuard("/funding/bankReturn", RUNS),
                new PageGuard("/funding/", READ));
    }

    /** The bank's return on released runs: a camt.054 file or the bank's CSV. */
    @Override
    public List<ImportKind> imports() {
        return List.of(new ImportKind("funding-bank", "import.bankReturn", BankReturnImport.class, DISBURSE,
                "/funding/bankReturn", ".csv,.xml,text/csv,text/xml,application/xml"));
    }

    @Override
    public List<MenuEntry> menu() {
        String group = "nav.funding";
        return List.of(new MenuEntry("menu-funding-associations", "nav.funding.associations", "/funding/associations",
                        "pi pi-users", READ, group),
                new MenuEntry("menu-funding-ribs", "nav.funding.ribs", "/funding/ribChanges", "pi pi-credit-card",
                        APPROVE_RIB, group),
                new MenuEntry("menu-funding-calls", "nav.funding.calls", "/funding/calls", "pi pi-megaphone", READ,
                        group),
                new MenuEntry("menu-funding-reports", "nav.funding.reports", "/funding/reports", "pi pi-file-check",
                        REVIEW, group),
                new MenuEntry("menu-funding-claims", "nav.funding.claims", "/funding/claims", "pi pi-replay", READ,
                        group),
                new MenuEntry("menu-funding-runs", "nav.funding.runs", "/funding/runs", "pi pi-send", RUNS, group),
                new MenuEntry("menu-funding-totals", "nav.funding.totals", "/funding/totals", "pi pi-chart-bar", READ,
                        group));
    }
}
