package ma.gov.social.jisr.platform.internal.security;

import java.util.HashSet;
import java.util.Set;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The account behind one request, as read at its start: what the container is told (name and groups)
 * and what {@link CurrentUserBean} answers, from the same single read.
 */
public record SignedInAccount(String username, String fullName, TerritorialScope scope, String preferredLanguage,
                              boolean enabled, Set<String> roles) {
    public SignedInAccount {
        roles = Set.copyOf(roles);
    }

    /** The container's groups: the account's roles plus "staff", which every account carries. */
    public Set<String> groups() {
        Set<String> groups = new HashSet<>(roles);
        groups.add(Roles.STAFF);
        return groups;
    }
}
