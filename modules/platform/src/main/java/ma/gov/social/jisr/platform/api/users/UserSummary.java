package ma.gov.social.jisr.platform.api.users;

import java.time.LocalDateTime;
import java.util.Set;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** An account as the administration screens show it (never its password hash). */
public record UserSummary(long id, String username, String fullName, String email, Set<String> roles,
                          TerritorialScope scope, String preferredLanguage, boolean enabled,
                          boolean locked, boolean mustChangePassword, LocalDateTime lastLoginAt) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
