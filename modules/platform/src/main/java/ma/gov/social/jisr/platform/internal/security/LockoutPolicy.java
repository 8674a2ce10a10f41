package ma.gov.social.jisr.platform.internal.security;

import java.time.LocalDateTime;

/**
 * After {@code maxAttempts} consecutive failed logins the account is locked for {@code minutes};
 * a successful login resets the count. Pure rule, so that it is unit-tested without a server.
 */
public record LockoutPolicy(int maxAttempts, int minutes) {

    public boolean isLocked(LocalDateTime lockedUntil, LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The failure count after one more failure (a lock that has expired starts a fresh count). */
    public int failuresAfterOneMore(int failuresSoFar, LocalDateTime lockedUntil, LocalDateTime now) {
        boolean expiredLock = lockedUntil != null && !now.isBefore(lockedUntil);
        return (expiredLock ? 0 : failuresSoFar) + 1;
    }

    public boolean locksAt(int failures) {
        return failures >= maxAttempts;
    }

    public LocalDateTime lockEnd(LocalDateTime now) {
        return now.plusMinutes(minutes);
    }
}
