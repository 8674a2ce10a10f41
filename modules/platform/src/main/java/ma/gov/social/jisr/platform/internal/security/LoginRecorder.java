package ma.gov.social.jisr.platform.internal.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.internal.audit.AuditWriter;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;
import ma.gov.social.jisr.platform.internal.security.LoginService.Result;
import ma.gov.social.jisr.platform.internal.users.UserAccount;
import ma.gov.social.jisr.platform.internal.users.UserRepository;

/**
 * Records the outcome of a login attempt whose password was already checked, in a short transaction of its
 * own (kept whatever happens to the request), holding the account's row lock only for these few statements:
 * the counters are read again under the lock, so parallel failures all count and a lock set meanwhile wins.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginRecorder {
    private static final Logger LOG = Logger.getLogger("jisr.security");

    @Inject
    private UserRepository users;
    @Inject
    private AuditWriter audit;
    @Inject
    private JisrSettings settings;

    /**
     * @param checkedHash the stored hash the password was checked against (a password changed meanwhile
     *                    makes the check worthless: refused, not counted)
     */
    public Result settle(long accountId, String checkedHash, boolean rightPassword) {
        LocalDateTime now = LocalDateTime.now();
        UserAccount account = users.byIdForUpdate(accountId).orElse(null);
        if (account == null) {
            return Result.refused(LoginStatus.INVALID); // deleted while its password was being checked
        }
        String name = account.getUsername();
        LockoutPolicy policy = new LockoutPolicy(settings.lockoutAttempts(), settings.lockoutMinutes());
        if (policy.isLocked(account.getLockedUntil(), now)) {
            record(name, AuditAction.LOGIN_FAILED, account, "account locked");
            return Result.refused(LoginStatus.LOCKED);
        }
        if (!account.getPasswordHash().equals(checkedHash)) {
            record(name, AuditAction.LOGIN_FAILED, account, "password changed during the attempt");
            return Result.refused(LoginStatus.INVALID);
        }
        if (!rightPassword) {
            int failures = policy.failuresAfterOneMore(account.getFailedAttempts(), account.getLockedUntil(), now);
            if (policy.locksAt(failures)) {
                account.lockUntil(policy.lockEnd(now));
                record(name, AuditAction.LOCKOUT, account, failures + " failed attempts");
                LOG.warning(() -> "Account '" + name + "' locked for " + policy.minutes() + " minutes after "
                        + failures + " failed logins");
                return Result.refused(LoginStatus.LOCKED);
            }
            account.failedLogin(failures);
            record(name, AuditAction.LOGIN_FAILED, account, "wrong password (" + failures + ")");
            return Result.refused(LoginStatus.INVALID);
        }
        if (!account.isEnabled()) {
            record(name, AuditAction.LOGIN_FAILED, account, "account disabled");
            return Result.refused(LoginStatus.DISABLED);
        }
        account.loggedIn(now);
        record(name, AuditAction.LOGIN, account, null);
        Set<String> groups = new HashSet<>(account.getRoles());
        groups.add(Roles.STAFF);
        return new Result(LoginStatus.SUCCESS, name, groups);
    }

    /** An attempt on an account that was locked when read: refused without its password being checked. */
    public Result lockedOut(long accountId) {
        users.byId(accountId).ifPresent(account ->
                record(account.getUsername(), AuditAction.LOGIN_FAILED, account, "account locked"));
        return Result.refused(LoginStatus.LOCKED);
    }

    /** A name that matches no account: the text itself is never stored (see {@link UnknownAccountName}). */
    public void unknownAccount(String typed) {
        if (typed.isEmpty()) {
            audit.write(AuditEntry.of("platform", "user", null, AuditAction.LOGIN_FAILED)
                    .withDetail("no user name"), "(empty)");
        } else {
            audit.write(AuditEntry.of("platform", "user", null, AuditAction.LOGIN_FAILED)
                    .withDetail(UnknownAccountName.detail(typed)), UnknownAccountName.LABEL);
        }
    }

    private void record(String username, AuditAction action, UserAccount account, String detail) {
        audit.write(AuditEntry.of("platform", "user", account.getId(), action).withDetail(detail)
                .inScope(account.scope()), username);
    }
}
