package ma.gov.social.jisr.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.module.Modules;

/**
 * Opens a module's pages only to the holders of the permission its description guards them with (web.xml
 * only requires a logged-in member of staff); a refusal is a 403 and is kept in the audit log. Fragments
 * under a module's {@code includes/} folder are parts of other pages, never pages of their own.
 */
@WebFilter(urlPatterns = "/*")
public class ModuleGuardFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private Modules modules;
    @Inject
    private AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.contains("/includes/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> permission = modules.guardOf(path);
        if (permission.isPresent() && request.getUserPrincipal() != null && !modules.may(permission.get())) {
            audit.record(AuditEntry.of("platform", "page", null, AuditAction.ACCESS_REFUSED).withDetail(path));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
