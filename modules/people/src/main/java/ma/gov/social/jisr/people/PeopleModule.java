package ma.gov.social.jisr.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.gov.social.jisr.people.api.PersonImportService;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.module.ImportKind;
import ma.gov.social.jisr.platform.api.module.MenuEntry;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/** The persons registry: personal data, so only staff who work with people (not finance, not auditors). */
@ApplicationScoped
public class PeopleModule implements ModuleDescription {
    public static final String READ = "people.read";
    public static final String MERGE = "people.merge";
    public static final String IMPORT = "people.import";

    @Override
    public String name() {
        return "people";
    }

    @Override
    public String tablePrefix() {
        return "ppl_";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(READ, Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN,
                        Roles.CASE_WORKER_CHILDREN, Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY,
                        Roles.CASE_WORKER_DISABILITY),
                Permission.of(MERGE, Roles.ADMINISTRATOR, Roles.REGIONAL_COORDINATOR),
                Permission.of(IMPORT, Roles.ADMINISTRATOR));
    }

    @Override
    public List<PageGuard> pageGuards() {
        return List.of(new PageGuard("/people/", READ), new PageGuard("/people/importHolds", IMPORT));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.top("menu-persons", "nav.persons", "/people/persons", "pi pi-users", READ));
    }

    @Override
    public List<ImportKind> imports() {
        return List.of(new ImportKind("people", "module.people", PersonImportService.class, IMPORT,
                "/people/importHolds"));
    }
}
