package ma.gov.social.jisr.web.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;

/**
 * The request this thread is serving, for the log lines written while serving it. Java's logging has no
 * per-thread context of its own, and Payara's JSON formatter only adds the keys of a map passed as a
 * parameter: {@link LogContextHandler} adds this one to the application's records.
 */
public final class RequestContext {
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private final HttpServletRequest request;

    private RequestContext(String requestId, HttpServletRequest request) {
        this.requestId = requestId;
        this.request = request;
    }

    static void begin(String requestId, HttpServletRequest request) {
        CURRENT.set(new RequestContext(requestId, request));
    }

    static void end() {
        CURRENT.remove();
    }

    static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    String requestId() {
        return requestId;
    }

    /** The user as known now: a login request learns it half-way. */
    String user() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "-" : principal.getName();
    }

    /** The keys a log line carries (never a password, never what a form contained). */
    Map<String, String> fields() {
        return Map.of("user", user(), "requestId", requestId);
    }
}
