package ma.gov.social.jisr.platform.internal.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.internal.audit.AuditWriter;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;
import ma.gov.social.jisr.platform.internal.users.UserAccount;
import ma.gov.social.jisr.platform.internal.users.UserRepository;

/**
 * Checks a password, counts failures and locks accounts. Runs in its own transaction so that a
 * failure and its audit row are kept whatever happens to the request. Anonymous callers by nature.
 */
@Stateless
@PermitAll
public class LoginService {
    private static final Logger LOG = Logger.getLogger("jisr.security");

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
    private AuditWriter audit;
    @Inject
    private JisrSettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result attempt(String username, char[] password) {
        LocalDateTime now = LocalDateTime.now();
        String name = username == null ? "" : username.trim();
        Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : users.byUsernameForUpdate(name);
        if (found.isEmpty()) {
            hasher.spendTheSameTime(password);
            record(name, AuditAction.LOGIN_FAILED, null, "unknown account");
            return Result.refused(LoginStatus.INVALID);
        }
        UserAccount account = found.get();
        LockoutPolicy policy = new LockoutPolicy(settings.lockoutAttempts(), settings.lockoutMinutes());
        if (policy.isLocked(account.getLockedUntil(), now)) {
            record(name, AuditAction.LOGIN_FAILED, account, "account locked");
            return Result.refused(LoginStatus.LOCKED);
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            int failures = policy.failuresAfterOneMore(account.getFailedAttempts(), account.getLockedUntil(), now);
            if (policy.locksAt(failures)) {
                account.setFailedAttempts(0);
                account.setLockedUntil(policy.lockEnd(now));
                record(name, AuditAction.LOCKOUT, account, failures + " failed attempts");
                LOG.warning(() -> "Account '" + name + "' locked for " + policy.minutes() + " minutes after "
                        + failures + " failed logins");
                return Result.refused(LoginStatus.LOCKED);
            }
            account.setFailedAttempts(failures);
            account.setLockedUntil(null);
            record(name, AuditAction.LOGIN_FAILED, account, "wrong password (" + failures + ")");
            return Result.refused(LoginStatus.INVALID);
        }
        if (!account.isEnabled()) {
            record(name, AuditAction.LOGIN_FAILED, account, "account disabled");
            return Result.refused(LoginStatus.DISABLED);
        }
        account.setFailedAttempts(0);
        account.setLockedUntil(null);
        account.setLastLoginAt(now);
        record(name, AuditAction.LOGIN, account, null);
        Set<String> groups = new HashSet<>(account.getRoles());
        groups.add(Roles.STAFF);
        return new Result(LoginStatus.SUCCESS, account.getUsername(), groups);
    }

    private void record(String username, AuditAction action, UserAccount account, String detail) {
        AuditEntry entry = AuditEntry.of("platform", "user", account == null ? null : account.getId(), action)
                .withDetail(detail);
        if (account != null) {
            entry = entry.inScope(account.scope());
        }
        audit.write(entry, username.isEmpty() ? "(empty)" : username);
    }
}
