package ma.gov.social.jisr.platform.internal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings read at run time through MicroProfile Config: environment variables in production
 * (JISR_MODE, JISR_SECURITY_LOCKOUT_ATTEMPTS, ...), never values baked into the WAR.
 */
@ApplicationScoped
public class JisrSettings {
    /** The floor recommended by OWASP (2023) for PBKDF2-HMAC-SHA256; configuration may only raise it. */
    public static final int MIN_PBKDF2_ITERATIONS = 600_000;

    @Inject
    @ConfigProperty(name = "jisr.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "jisr.security.lockout.attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "jisr.security.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "jisr.security.pbkdf2.iterations", defaultValue = "600000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "jisr.bootstrap.admin.username", defaultValue = "admin")
    String bootstrapAdminUsername;

    @Inject
    @ConfigProperty(name = "jisr.bootstrap.admin.password")
    Optional<String> bootstrapAdminPassword;

    public boolean isDevelopment() {
        return "development".equalsIgnoreCase(mode);
    }

    public String mode() {
        return isDevelopment() ? "development" : "production";
    }

    public int lockoutAttempts() {
        return Math.max(1, lockoutAttempts);
    }

    public int lockoutMinutes() {
        return Math.max(1, lockoutMinutes);
    }

    public int pbkdf2Iterations() {
        return Math.max(MIN_PBKDF2_ITERATIONS, pbkdf2Iterations);
    }

    public String bootstrapAdminUsername() {
        return bootstrapAdminUsername;
    }

    public Optional<String> bootstrapAdminPassword() {
        return bootstrapAdminPassword.filter(p -> !p.isBlank());
    }
}
