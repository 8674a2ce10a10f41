package ma.gov.social.jisr.platform.internal.users;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;

/**
 * PBKDF2-HMAC-SHA256 through the Jakarta Security API, at no fewer than 600,000 iterations
 * (the API's default of 2,048 is far below current guidance). The iteration count is stored in
 * each hash, so raising it later keeps old hashes verifiable.
 * <p>
 * At most one hash per processor runs at once; the others queue here, holding no connection and no lock.
 * Forty hashes sharing two cores each took seconds, and the requests that did hold a connection (to read an
 * account or record an outcome) waited as long for the processor, until the pool ran dry. Queued, a
 * login storm costs the same total time but leaves the processors to short requests in between.
 */
@ApplicationScoped
public class PasswordHasher {
    @Inject
    private Pbkdf2PasswordHash pbkdf2;
    @Inject
    private JisrSettings settings;

    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** Verified against when the account does not exist, so that timing does not reveal it. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(settings.pbkdf2Iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        running.acquireUninterruptibly();
        try {
            return pbkdf2.verify(password, storedHash);
        } finally {
            running.release();
        }
    }

    public void spendTheSameTime(char[] password) {
        verify(password, decoy);
    }
}
