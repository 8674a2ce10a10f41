package ma.gov.social.jisr.platform.api.users;

import java.util.Set;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** A member of staff as other modules need them: to assign work to them, and to check they may take it. */
public record StaffMember(String username, String fullName, TerritorialScope scope, Set<String> roles) {
    public boolean hasAny(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
