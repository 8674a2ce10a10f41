package ma.gov.social.jisr.platform.internal.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ma.gov.social.jisr.platform.PlatformModule;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.module.ImportKind;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.Modules;
import ma.gov.social.jisr.platform.api.module.PageGuard;
import ma.gov.social.jisr.platform.api.module.Permission;

/**
 * Collects the modules' descriptions once, at first use; they never change while the application runs.
 * Named, so that the layout can include each module's style sheets ({@code #{modules.all()}}).
 */
@ApplicationScoped
@Named("modules")
public class ModuleRegistry implements Modules {
    @Inject
    @Any
    private Instance<ModuleDescription> found;
    @Inject
    private CurrentUser me;

    private List<ModuleDescription> modules;
    private final Map<String, Permission> permissions = new HashMap<>();
    private final Map<String, ImportKind> imports = new HashMap<>();
    private List<PageGuard> guards;

    @PostConstruct
    void collect() {
        modules = found.stream().sorted(Comparator.comparingInt(ModuleDescription::order)
                .thenComparing(ModuleDescription::name)).toList();
        for (ModuleDescription module : modules) {
            module.permissions().forEach(p -> permissions.put(p.name(), p));
            module.imports().forEach(k -> imports.put(k.code(), k));
        }
        // the import screen opens to whoever may import some kind of file (each kind still checks its own)
        Permission screen = permissions.get(PlatformModule.IMPORT);
        if (screen != null) {
            Set<String> roles = new HashSet<>(screen.roles());
            imports.values().stream().map(k -> permissions.get(k.permission())).filter(Objects::nonNull)
                    .forEach(p -> roles.addAll(p.roles()));
            permissions.put(screen.name(), Permission.of(screen.name(), roles.toArray(String[]::new)));
        }
        // longest path first, so "/platform/admin/" decides before a wider guard would
        guards = modules.stream().flatMap(m -> m.pageGuards().stream())
                .sorted(Comparator.comparingInt((PageGuard g) -> g.path().length()).reversed()).toList();
    }

    @Override
    public List<ModuleDescription> all() {
        return modules;
    }

    @Override
    public Optional<ModuleDescription> named(String name) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    @Override
    public Optional<ImportKind> importKind(String code) {
        return Optional.ofNullable(code == null ? null : imports.get(code));
    }

    @Override
    public Optional<String> guardOf(String path) {
        return guards.stream().filter(g -> path.startsWith(g.path())).map(PageGuard::permission).findFirst();
    }

    @Override
    public boolean may(String permission) {
        if (permission == null) {
            return true;
        }
        Permission known = permissions.get(permission);
        return known != null && known.roles().stream().anyMatch(me::hasRole);
    }
}
