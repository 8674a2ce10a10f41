package ma.gov.social.jisr.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/** The platform as a module: users, audit log, imports; its schema comes first. */
@ApplicationScoped
public class PlatformModule implements ModuleDescription {
    public static final String USERS = "platform.users";
    public static final String AUDIT = "platform.audit";
    public static final String IMPORT = "platform.import";
    private static final String GROUP = "nav.platform";

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public String tablePrefix() {
        return "plt_";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(USERS, Roles.ADMINISTRATOR), Permission.of(AUDIT, Roles.ADMINISTRATOR,
                Roles.AUDITOR), Permission.of(IMPORT, Roles.ADMINISTRATOR));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/platform/admin/", USERS), new PageGuard("/platform/audit/", AUDIT),
                new PageGuard("/platform/imports/", IMPORT));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("menu-users", "nav.users", "/platform/admin/users", "pi pi-id-card", USERS, GROUP),
                new MenuEntry("menu-audit", "nav.audit", "/platform/audit/audit", "pi pi-history", AUDIT, GROUP));
    }
}
