package ma.gov.social.jisr.platform.api.users;

import java.time.LocalDateTime;
import java.util.Set;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * An account as the administration screens show it (never its password hash). {@code version} counts
 * the profile's changes: the edit screen hands it back with the change, so a stale screen is refused.
 */
public record UserSummary(long id, String username, String fullName, String email, Set<String> roles,
                          TerritorialScope scope, String preferredLanguage, boolean enabled,
                          boolean locked, boolean mustChangePassword, LocalDateTime lastLoginAt, int version) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
