package ma.gov.social.jisr.web.ops;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * First filter of every request (web.xml): gives it an id (the load balancer's X-Request-Id when it sent a
 * sane one, so that its log and ours meet), returns the id, times the request into the metric
 * {@code jisr.request} per area of the application, and logs refused, failed and slow requests: path without
 * its query, status and time, never a parameter (a search may hold a CIN).
 */
public class RequestContextFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("jisr.request");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,80}");
    private static final long SLOW_MS = 2000;
    private static final Set<String> AREAS = Set.of("platform", "centres", "people", "upgrades", "casework", "women",
            "children", "funding", "jakarta.faces.resource");

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    private MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = requestId(request.getHeader("X-Request-Id"));
        response.setHeader("X-Request-Id", id);
        RequestContext.begin(id, request);
        long start = System.nanoTime();
        int failed = 0;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failed = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // the error page comes after this filter
            throw e;
        } finally {
            try {
                measure(request, failed != 0 ? failed : response.getStatus(), System.nanoTime() - start);
            } finally {
                RequestContext.end(); // a pooled thread must not keep this request (nor the application)
            }
        }
    }

    private void measure(HttpServletRequest request, int status, long nanos) {
        Duration took = Duration.ofNanos(nanos);
        metrics.timer("jisr.request", new Tag("area", area(request))).update(took);
        if (status >= 500 || status == HttpServletResponse.SC_FORBIDDEN || took.toMillis() >= SLOW_MS) {
            LOG.log(status >= 500 ? Level.WARNING : Level.INFO, "{0} {1} answered {2} in {3} ms", new Object[] {
                    request.getMethod(), request.getRequestURI(), Integer.toString(status),
                    Long.toString(took.toMillis())});
        }
    }

    /** The balancer's id when it is one (a header is the caller's text: nothing else gets into a log line). */
    static String requestId(String sent) {
        return sent != null && SANE_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** The first segment of the path when it is a module or the shell's resources; "other" for anything else. */
    private static String area(HttpServletRequest request) {
        String path = request.getServletPath();
        int slash = path.indexOf('/', 1);
        String first = slash < 0 ? "" : path.substring(1, slash);
        return AREAS.contains(first) ? first : path.startsWith("/login") ? "login" : "other";
    }
}
