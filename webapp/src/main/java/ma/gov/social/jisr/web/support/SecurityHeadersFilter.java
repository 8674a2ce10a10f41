package ma.gov.social.jisr.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.gov.social.jisr.platform.web.support.SecurityHeaders;

/**
 * Security headers on every response. PrimeFaces (primefaces.CSP) adds a second policy limiting scripts
 * to its per-request nonce; browsers enforce both, so scripts need 'self' or that nonce.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.forPage(response::setHeader);
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            // pages hold personal data: no copy in shared or back-button caches
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
