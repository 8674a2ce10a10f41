package ma.gov.social.jisr.platform.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Form login whose result lives in our own HTTP session attribute, not in Payara's session registration:
 * under concurrent requests Payara sometimes loses the registered groups and answers 403 to logged-in staff
 * (Payara issue 6145, AutoApplySession). Every request of a signed-in session re-reads the account (one
 * indexed read) and tells the container its name and groups afresh, so a removed role or a disabled account
 * counts from the next request. The login page calls SecurityContext.authenticate with the credential.
 */
@ApplicationScoped
public class JisrAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** Request attribute: the {@link SignedInAccount} read for this request, reused by {@link CurrentUserBean}. */
    static final String ACCOUNT = "jisr.account";
    private static final String SIGNED_IN = "jisr.signedIn";
    private static final String RETURN_TO = "jisr.returnTo";
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger("jisr.security");

    /** What the session keeps: who logged in, and when. Nothing else, and never a role (read per request). */
    record SessionLogin(String username, Instant since) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;
    @Inject
    private SignedInAccounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return logIn(request, response, context, credential);
        }
        if (!context.isProtected() && isStaticResource(request)) {
            return context.doNothing(); // scripts and styles: no database read for them
        }
        Optional<SignedInAccount> account = signedIn(request);
        if (account.isPresent()) {
            request.setAttribute(ACCOUNT, account.get());
            return context.notifyContainerAboutLogin(account.get().username(), account.get().groups());
        }
        return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(SIGNED_IN);
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing left to clear
            }
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE; // the login page shows why, from LoginOutcome
        }
        String username = result.getCallerPrincipal().getName();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before login is worthless after it
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SIGNED_IN, new SessionLogin(username, Instant.now()));
        Object returnTo = session.getAttribute(RETURN_TO);
        if (returnTo instanceof String path) {
            session.removeAttribute(RETURN_TO);
            return context.redirect(request.getContextPath() + path); // the page asked for before login
        }
        return context.notifyContainerAboutLogin(username, result.getCallerGroups());
    }

    /** The account of a signed-in session, if it still exists and is enabled; otherwise the session ends. */
    private Optional<SignedInAccount> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object login;
        try {
            login = session == null ? null : session.getAttribute(SIGNED_IN);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (!(login instanceof SessionLogin signed)) {
            return Optional.empty();
        }
        Optional<SignedInAccount> account = accounts.read(signed.username()).filter(SignedInAccount::enabled);
        if (account.isEmpty()) {
            LOG.info(() -> "Session of '" + signed.username() + "' ended: the account is disabled or gone");
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // a parallel request ended it first
            }
        }
        return account;
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an ajax call cannot follow a 302 to an HTML page; Faces' script follows this instead
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + loginPage + "\"/></partial-response>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String path = pathWithQuery(request);
        if ("GET".equals(request.getMethod()) && path != null) {
            request.getSession(true).setAttribute(RETURN_TO, path);
        }
        return context.redirect(loginPage);
    }

    /** The page asked for, inside this application only (a path such as "//host" could leave it). */
    private static String pathWithQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return null;
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
