package ma.gov.social.jisr.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailureBrakeTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FailureBrake brake = new FailureBrake(3, Duration.ofMinutes(15), Duration.ofMillis(500),
            Duration.ofSeconds(5), 100, now::get);

    @Test
    void theFirstFailuresCostNothingThenTheDelayDoublesUpToItsCap() {
        long[] expected = {0, 0, 0, 500, 1000, 2000, 4000, 5000, 5000};
        for (long millis : expected) {
            assertEquals(Duration.ofMillis(millis), brake.delayFor("finance"));
            brake.failed("finance");
        }
    }

    @Test
    void failuresLeaveTheWindowAfterFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            brake.failed("finance");
            now.addAndGet(Duration.ofMinutes(1).toMillis());
        }
        assertEquals(Duration.ofMillis(2000), brake.delayFor("finance"));
        now.addAndGet(Duration.ofMinutes(11).toMillis()); // the first two are now older than 15 minutes
        assertEquals(Duration.ofMillis(500), brake.delayFor("finance"));
        now.addAndGet(Duration.ofMinutes(5).toMillis());
        assertEquals(Duration.ZERO, brake.delayFor("finance"));
    }

    @Test
    void aSuccessClearsItsKeyOnlyAndKeysAreIndependent() {
        for (int i = 0; i < 4; i++) {
            brake.failed("finance");
            brake.failed("10.0.0.7");
        }
        brake.succeeded("finance");
        assertEquals(Duration.ZERO, brake.delayFor("finance"));
        assertEquals(Duration.ofMillis(1000), brake.delayFor("10.0.0.7"));
        assertEquals(Duration.ZERO, brake.delayFor("auditor"));
    }

    @Test
    void memoryStaysBoundedWhenEveryAttemptUsesANewName() {
        for (int i = 0; i < 1000; i++) {
            brake.failed("guess-" + i);
            assertTrue(brake.keys() <= 100, "keys kept: " + brake.keys());
        }
        now.addAndGet(Duration.ofMinutes(16).toMillis());
        brake.failed("finance"); // the stale keys go first
        assertEquals(1, brake.keys());
    }
}
