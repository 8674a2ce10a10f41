package ma.gov.social.jisr.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import ma.gov.social.jisr.platform.api.users.AccountService;
import ma.gov.social.jisr.platform.web.support.SessionKeys;

/**
 * A temporary password (new account, reset by an administrator) opens only the account page until the
 * person has chosen their own. Checked once per session, then remembered.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String CHECKED = SessionKeys.PASSWORD_CHECKED;
    private static final String ACCOUNT_PAGE = "/platform/account/account.xhtml";

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null && session.getAttribute(CHECKED) == null) {
            if (accounts.mustChangePassword()) {
                if (!request.getServletPath().equals(ACCOUNT_PAGE)) {
                    response.sendRedirect(request.getContextPath() + ACCOUNT_PAGE);
                    return;
                }
            } else {
                session.setAttribute(CHECKED, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
