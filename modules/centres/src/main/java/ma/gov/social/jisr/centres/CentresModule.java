package ma.gov.social.jisr.centres;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreImportService;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.ImportKind;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.Permission;

/** The social centres registry: visible to all staff of the territory, kept by administrators and coordinators. */
@ApplicationScoped
public class CentresModule implements ModuleDescription {
    public static final String EDIT = "centres.edit";
    public static final String IMPORT = "centres.import";

    @Override
    public String name() {
        return "centres";
    }

    @Override
    public String tablePrefix() {
        return "cen_";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(EDIT, Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR),
                Permission.of(IMPORT, Roles.ADMINISTRATOR));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.top("menu-centres", "nav.centres", "/centres/centres", "pi pi-building", null));
    }

    @Override
    public List<ImportKind> imports() {
        return List.of(new ImportKind("centres", "module.centres", CentreImportService.class, IMPORT));
    }

    @Override
    public List<String> stylesheets() {
        return List.of("centres.css");
    }
}
