package ma.gov.social.jisr.platform.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Slows down repeated failed logins, before the password is checked, so that guessing gets slower
 * whatever the answers: per account name (after 3 failures in 15 minutes) and per client address (after
 * 20, as an office behind one address shares it), from 0.5 s doubling to 5 s at most. A right password
 * clears its account's count, not its address's (a guesser holding one account must not reset it).
 * <p>
 * Per server and in memory, on purpose: it costs no database write and no lock per attempt (attempts must
 * not queue on the database, see LoginService), and it is a brake, not a barrier: the lockout (in the
 * database, shared by every server) is the barrier. With N servers a guesser gets N times the rate; a
 * restart forgets. Behind a load balancer the address is the client's only when the balancer is one of
 * JISR_TRUSTED_PROXIES (RequestOrigin); otherwise the address brake slows everybody's failures together
 * (never beyond 5 s).
 */
@ApplicationScoped
public class LoginThrottle {
    private static final Logger LOG = Logger.getLogger("jisr.security");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST = Duration.ofMillis(500);
    private static final Duration CAP = Duration.ofSeconds(5);
    private static final int MAX_KEYS = 10_000;

    private final FailureBrake accounts = new FailureBrake(3, WINDOW, FIRST, CAP, MAX_KEYS, System::currentTimeMillis);
    private final FailureBrake addresses = new FailureBrake(20, WINDOW, FIRST, CAP, MAX_KEYS,
            System::currentTimeMillis);

    /** Waits as long as the failures of this name and of this address ask for. */
    public void pause(String username, String address) {
        Duration account = accounts.delayFor(key(username));
        Duration client = addresses.delayFor(address);
        Duration delay = account.compareTo(client) >= 0 ? account : client;
        if (delay.isZero()) {
            return;
        }
        LOG.fine(() -> "Login from " + address + " slowed by " + delay.toMillis() + " ms after repeated failures");
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void record(String username, String address, boolean succeeded) {
        if (succeeded) {
            accounts.succeeded(key(username));
        } else {
            accounts.failed(key(username));
            addresses.failed(address);
        }
    }

    /** Names match accounts case-insensitively (the column's collation); a long text is no longer a key. */
    private static String key(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        return name.length() > 80 ? name.substring(0, 80) : name;
    }
}
