package ma.gov.social.jisr.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {
    private final LockoutPolicy policy = new LockoutPolicy(5, 15);
    private final LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Test
    void locksAtTheFifthConsecutiveFailure() {
        int failures = 0;
        for (int i = 1; i <= 4; i++) {
            failures = policy.failuresAfterOneMore(failures, null, now);
            assertFalse(policy.locksAt(failures), "attempt " + i);
        }
        assertTrue(policy.locksAt(policy.failuresAfterOneMore(failures, null, now)));
    }

    @Test
    void aLockLastsFifteenMinutes() {
        LocalDateTime until = policy.lockEnd(now);
        assertTrue(policy.isLocked(until, now.plusMinutes(14)));
        assertFalse(policy.isLocked(until, now.plusMinutes(15)));
        assertFalse(policy.isLocked(null, now));
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        LocalDateTime expired = now.minusMinutes(1);
        assertEquals(1, policy.failuresAfterOneMore(4, expired, now));
        assertEquals(5, policy.failuresAfterOneMore(4, now.plusMinutes(3), now));
    }
}
