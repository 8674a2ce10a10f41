package ma.gov.social.jisr.platform.api.users;

import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * Account administration. An administrator sees and manages only the accounts inside their own
 * territorial scope, and can only hand out a scope inside it.
 */
public interface UserAdministrationService {
    List<UserSummary> rows(UserFilter filter, PageRequest page);

    long count(UserFilter filter);

    UserSummary get(long id);

    long create(NewUser user);

    /**
     * Changes an account's profile as the administrator saw it at {@code version} (UserSummary.version):
     * refused with "common.changedMeanwhile" if another administrator changed it since.
     */
    void update(long id, int version, String fullName, String email, Set<String> roles, TerritorialScope scope);

    void resetPassword(long id, char[] temporaryPassword);

    void setEnabled(long id, boolean enabled);

    void unlock(long id);
}
