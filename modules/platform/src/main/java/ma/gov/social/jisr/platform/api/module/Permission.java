package ma.gov.social.jisr.platform.api.module;

import java.util.Set;

/**
 * A named permission of a module ("people.merge") and the roles that hold it. Pages and menus ask for the
 * permission, never for roles, so that who may do what is written once, next to the module's services.
 */
public record Permission(String name, Set<String> roles) {
    public Permission {
        roles = Set.copyOf(roles);
    }

    public static Permission of(String name, String... roles) {
        return new Permission(name, Set.of(roles));
    }
}
