package ma.gov.social.jisr.platform.internal.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.users.PasswordPolicy;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;
import ma.gov.social.jisr.platform.internal.users.PasswordHasher;
import ma.gov.social.jisr.platform.internal.users.UserAccount;
import ma.gov.social.jisr.platform.internal.users.UserRepository;

/**
 * Makes sure someone can log in. Development mode: the demo accounts (known password, printed by the
 * run command). Production: the first administrator, once, from JISR_BOOTSTRAP_ADMIN_PASSWORD, who must
 * change that password at first login. Production never creates an account with a known password.
 */
@ApplicationScoped
public class AccountBootstrap {
    private static final Logger LOG = Logger.getLogger("jisr.bootstrap");

    @Inject
    private JisrSettings settings;
    @Inject
    private UserRepository users;
    @Inject
    private PasswordHasher hasher;

    @Transactional
    public void run() {
        if (settings.isDevelopment()) {
            DemoAccounts.ALL.forEach(this::ensureDemoAccount);
            return;
        }
        long existing = users.count();
        var password = settings.bootstrapAdminPassword();
        if (existing > 0) {
            password.ifPresent(p -> LOG.warning("JISR_BOOTSTRAP_ADMIN_PASSWORD is set but accounts already exist:"
                    + " it was ignored. Remove it from the environment."));
            return;
        }
        if (password.isEmpty()) {
            LOG.severe("No account exists and JISR_BOOTSTRAP_ADMIN_PASSWORD is not set: nobody can log in."
                    + " Set it (see README, IT operations) and restart.");
            return;
        }
        String username = settings.bootstrapAdminUsername();
        var violation = PasswordPolicy.violation(password.get().toCharArray(), username);
        if (violation.isPresent()) {
            LOG.severe("JISR_BOOTSTRAP_ADMIN_PASSWORD breaks the password policy (" + violation.get()
                    + ", at least " + PasswordPolicy.MIN_LENGTH + " characters): no administrator created.");
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        UserAccount admin = new UserAccount(username, hasher.hash(password.get().toCharArray()), true, "bootstrap",
                now);
        admin.profile("Administrator", null, Set.of(Roles.ADMINISTRATOR), TerritorialScope.national(), "bootstrap",
                now);
        users.add(admin);
        LOG.warning("First administrator '" + username + "' created from JISR_BOOTSTRAP_ADMIN_PASSWORD."
                + " The password must be changed at first login; remove the variable from the environment.");
    }

    private void ensureDemoAccount(DemoAccounts.Demo demo) {
        if (users.byUsername(demo.username()).isPresent()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        UserAccount account = new UserAccount(demo.username(), hasher.hash(DemoAccounts.PASSWORD.toCharArray()), false,
                "demo-data", now);
        account.profile(demo.fullName(), null, demo.roles(), demo.scope(), "demo-data", now);
        account.chooseLanguage(demo.language(), "demo-data", now);
        users.add(account);
        LOG.info(() -> "Demo account created: " + demo.username());
    }
}
