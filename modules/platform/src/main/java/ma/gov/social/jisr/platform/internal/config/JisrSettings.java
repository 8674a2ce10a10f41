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

    /** JISR_DEMO_DATA: false keeps development mode's registries empty (integration tests, benchmark). */
    @Inject
    @ConfigProperty(name = "jisr.demo.data", defaultValue = "true")
    boolean demoData;

    /**
     * How long an import's heartbeat may stand still before any server takes its server for dead and
     * takes its staged rows back. Far longer than any step of an import (a chunk, a batch of look-ups).
     */
    @Inject
    @ConfigProperty(name = "jisr.import.stale.seconds", defaultValue = "120")
    int importStaleSeconds;

    /** JISR_HTTPS=true: browsers reach Jisr over HTTPS (directly or through a proxy that ends TLS). */
    @Inject
    @ConfigProperty(name = "jisr.https", defaultValue = "false")
    boolean https;

    /** JISR_TRUSTED_PROXIES: the load balancers' addresses, whose X-Forwarded-For names the real client. */
    @Inject
    @ConfigProperty(name = "jisr.trusted.proxies", defaultValue = " ")
    String trustedProxies;
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

    /** Demo records on first start: development mode only, whatever JISR_DEMO_DATA says in production. */
    public boolean seedsDemoData() {
        return isDevelopment() && demoData;
    }

    public java.util.Set<String> trustedProxies() {
        return java.util.Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
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

    public int importStaleSeconds() {
        return Math.max(2, importStaleSeconds);
    }

    /** Session cookie marked Secure and Strict-Transport-Security sent (see TransportSecurity). */
    public boolean https() {
        return https;
    }

    public String bootstrapAdminUsername() {
        return bootstrapAdminUsername;
    }

    public Optional<String> bootstrapAdminPassword() {
        return bootstrapAdminPassword.filter(p -> !p.isBlank());
    }
}
