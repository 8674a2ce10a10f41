package ma.gov.social.jisr.upgrades;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageContribution;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/**
 * The annual centre-upgrade programme: planned by administrators, reviewed by regional coordinators,
 * followed by finance officers and auditors. Reads centres through centres.api.
 */
@ApplicationScoped
public class UpgradesModule implements ModuleDescription {
    public static final String OPEN = "upgrades.open";
    public static final String ADMINISTER = "upgrades.administer";
    public static final String REVIEW = "upgrades.review";

    @Override
    public String name() {
        return "upgrades";
    }

    @Override
    public String tablePrefix() {
        return "upg_";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(OPEN, Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.FINANCE_OFFICER,
                        Roles.AUDITOR),
                Permission.of(ADMINISTER, Roles.ADMINISTRATOR),
                Permission.of(REVIEW, Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/upgrades/", OPEN));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.top("menu-upgrades", "nav.upgrades", "/upgrades/programmes", "pi pi-wrench", OPEN));
    }

    @Override
    public List<PageContribution> dashboards() {
        return List.of(new PageContribution("/upgrades/includes/homeTile.xhtml", OPEN));
    }
}
