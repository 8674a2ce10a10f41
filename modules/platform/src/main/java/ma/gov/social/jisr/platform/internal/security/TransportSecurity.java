package ma.gov.social.jisr.platform.internal.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;

/**
 * With JISR_HTTPS=true the session cookie is marked Secure (never sent over plain HTTP, where it could be
 * read on the way) and every response asks browsers to use HTTPS only for a year (HSTS). A setting rather
 * than request.isSecure(): behind a proxy that ends TLS the server itself only sees plain HTTP. Set here
 * rather than in web.xml, so that the same WAR serves a plain-HTTP development machine.
 */
@WebListener
public class TransportSecurity implements ServletContextListener {
    static final String HSTS = "max-age=31536000";

    @Inject
    private JisrSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.https()) {
            apply(event.getServletContext());
        }
    }

    static void apply(ServletContext context) {
        context.getSessionCookieConfig().setSecure(true);
        context.addFilter("jisr-hsts", new HstsFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }

    /** Adds Strict-Transport-Security to every response (browsers ignore it on plain HTTP). */
    static class HstsFilter extends HttpFilter {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            response.setHeader("Strict-Transport-Security", HSTS);
            chain.doFilter(request, response);
        }
    }
}
