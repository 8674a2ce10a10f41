package ma.gov.social.jisr.platform.internal.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The account as read at the start of this request (by {@link JisrAuthenticationMechanism}, which shares its
 * read through a request attribute), so that a change of scope or a disabled account takes effect on the
 * next click, without a second read. Outside an HTTP request (an import running in the background) it
 * reads the account itself. An unknown caller gets the narrowest answer.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUserBean implements CurrentUser {
    @Inject
    private SecurityContext security;
    @Inject
    private SignedInAccounts accounts;
    @Inject
    private Instance<HttpServletRequest> request;

    private SignedInAccount account;

    private SignedInAccount account() {
        SignedInAccount active = activeAccount();
        if (active == null) {
            throw new SecurityException("no active account for this request");
        }
        return active;
    }

    /** The caller's account as read for this request, or null: nobody logged in, or the account is disabled. */
    private SignedInAccount activeAccount() {
        // asked again while nobody: the login request itself becomes someone once authenticated
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal != null) {
                account = readForThisRequest(principal.getName());
            }
        }
        return account == null || !account.enabled() ? null : account;
    }

    private SignedInAccount readForThisRequest(String username) {
        try {
            if (request.get().getAttribute(JisrAuthenticationMechanism.ACCOUNT) instanceof SignedInAccount read
                    && read.username().equals(username)) {
                return read;
            }
        } catch (ContextNotActiveException | IllegalStateException noHttpRequest) {
            // a background thread: no request, so no read to share
        }
        return accounts.read(username).orElse(null);
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    @Override
    public String username() {
        return account().username();
    }

    @Override
    public String fullName() {
        return account().fullName();
    }

    @Override
    public TerritorialScope scope() {
        return account().scope();
    }

    /**
     * From the roles read for this request, the very groups the container was given for it. Asking the
     * container instead goes through its JACC policy and, for a role the caller lacks, a failing JNDI look-up
     * of an EJB context: a measurable part of every request, since page guards and menus ask several times.
     */
    @Override
    public boolean hasRole(String role) {
        SignedInAccount active = activeAccount();
        return active != null && (Roles.STAFF.equals(role) || active.roles().contains(role));
    }

    @Override
    public String preferredLanguage() {
        return account().preferredLanguage();
    }
}
