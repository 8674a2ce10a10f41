package ma.gov.social.jisr.platform.api.users;

import java.util.Set;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** What an administrator types to open an account. The password is temporary: changed at first login. */
public record NewUser(String username, String fullName, String email, Set<String> roles,
                      TerritorialScope scope, String preferredLanguage, char[] temporaryPassword) {
}
