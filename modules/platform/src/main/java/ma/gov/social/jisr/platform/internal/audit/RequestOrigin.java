package ma.gov.social.jisr.platform.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;

/**
 * Where the current call comes from, for the audit log and the login brake: the client address, or "system"
 * outside a request. Behind a load balancer every request comes from the balancer: when it is one of
 * JISR_TRUSTED_PROXIES, the client is the last address of X-Forwarded-For (the one the balancer appended;
 * what a client wrote there itself comes before it and is never taken).
 */
@ApplicationScoped
public class RequestOrigin {
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    private Instance<HttpServletRequest> request;
    @Inject
    private JisrSettings settings;

    public String clientAddress() {
        try {
            HttpServletRequest current = request.get();
            // every line of the header, in order: a proxy may add a line of its own rather than extend one
            java.util.Enumeration<String> lines = current.getHeaders("X-Forwarded-For");
            String forwardedFor = lines == null || !lines.hasMoreElements() ? null
                    : String.join(",", java.util.Collections.list(lines));
            return clientAddress(current.getRemoteAddr(), forwardedFor, settings.trustedProxies());
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return "system";
        }
    }

    static String clientAddress(String remote, String forwardedFor, Set<String> trustedProxies) {
        if (remote == null) {
            return "unknown";
        }
        if (forwardedFor != null && trustedProxies.contains(remote)) {
            String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
            if (ADDRESS.matcher(last).matches()) {
                return last;
            }
        }
        return remote;
    }
}
