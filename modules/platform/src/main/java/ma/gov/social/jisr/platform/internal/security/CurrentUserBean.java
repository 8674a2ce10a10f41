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
    private boolean loaded;

    private SignedInAccount account() {
        if (!loaded) {
            Principal principal = security.getCallerPrincipal();
            if (principal != null) {
                account = readForThisRequest(principal.getName());
            }
            loaded = true;
        }
        if (account == null || !account.enabled()) {
            throw new SecurityException("no active account for this request");
        }
        return account;
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

    @Override
    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    @Override
    public String preferredLanguage() {
        return account().preferredLanguage();
    }
}
