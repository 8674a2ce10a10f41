package ma.gov.social.jisr.platform.internal.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import ma.gov.social.jisr.platform.internal.audit.RequestOrigin;
import ma.gov.social.jisr.platform.internal.users.PasswordHasher;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;
import ma.gov.social.jisr.platform.internal.users.UserAccount;
import ma.gov.social.jisr.platform.internal.users.UserRepository;

/**
 * Checks a password, counts failures and locks accounts. The 600,000-iteration hash (a few hundred
 * milliseconds of CPU) runs outside any transaction and holds no connection: the account is read in a
 * short statement, the hash is checked, then {@link LoginRecorder} settles the outcome under the row lock.
 * Before, the row lock and a connection were held during the hash, and forty logins at once emptied the
 * 32-connection pool. Anonymous callers by nature.
 */
@Stateless
@PermitAll
public class LoginService {
    public record Result(LoginStatus status, String username, Set<String> groups) {
        static Result refused(LoginStatus status) {
            return new Result(status, null, Set.of());
        }
    }

    @Inject
    private UserRepository users;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private LoginRecorder recorder;
    @Inject
    private LoginThrottle throttle;
    @Inject
    private RequestOrigin origin;
    @Inject
    private JisrSettings settings;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result attempt(String username, char[] password) {
        String name = username == null ? "" : username.trim();
        String address = origin.clientAddress();
        throttle.pause(name, address);
        Result result = check(name, password);
        throttle.record(name, address, result.status() == LoginStatus.SUCCESS);
        return result;
    }

    private Result check(String name, char[] password) {
        Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : users.byUsername(name);
        if (found.isEmpty()) {
            hasher.spendTheSameTime(password);
            recorder.unknownAccount(name);
            return Result.refused(LoginStatus.INVALID);
        }
        UserAccount account = found.get();
        LockoutPolicy policy = new LockoutPolicy(settings.lockoutAttempts(), settings.lockoutMinutes());
        if (policy.isLocked(account.getLockedUntil(), LocalDateTime.now())) {
            return recorder.lockedOut(account.getId()); // no hashing: the answer is "locked" whatever was typed
        }
        boolean right = hasher.verify(password, account.getPasswordHash());
        return recorder.settle(account.getId(), account.getPasswordHash(), right);
    }
}
