package ma.gov.social.jisr.platform.internal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.internal.users.UserAccount;
import ma.gov.social.jisr.platform.internal.users.UserRepository;

/**
 * Read once per request from the database, so that a change of scope or a disabled account takes
 * effect on the next click, not at the next login. An unknown caller gets the narrowest answer.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUserBean implements CurrentUser {
    @Inject
    private SecurityContext security;
    @Inject
    private UserRepository users;

    private UserAccount account;
    private boolean loaded;

    private UserAccount account() {
        if (!loaded) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? null : users.byUsername(principal.getName()).orElse(null);
            loaded = true;
        }
        if (account == null || !account.isEnabled()) {
            throw new SecurityException("no active account for this request");
        }
        return account;
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    @Override
    public String username() {
        return account().getUsername();
    }

    @Override
    public String fullName() {
        return account().getFullName();
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
        return account().getPreferredLanguage();
    }
}
