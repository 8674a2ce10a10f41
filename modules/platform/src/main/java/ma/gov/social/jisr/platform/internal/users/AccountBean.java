package ma.gov.social.jisr.platform.internal.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.users.AccountService;
import ma.gov.social.jisr.platform.internal.audit.AuditWriter;

@Stateless
@RolesAllowed(Roles.STAFF)
public class AccountBean implements AccountService {
    @Inject
    private UserRepository users;
    @Inject
    private CurrentUser me;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private AuditWriter audit;

    @Override
    public void changeLanguage(String language) {
        UserRules.checkLanguage(language);
        mine().chooseLanguage(language, me.username(), LocalDateTime.now());
    }

    @Override
    public void changePassword(char[] currentPassword, char[] newPassword) {
        UserAccount account = mine();
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new JisrException("password.currentWrong");
        }
        UserRules.checkPassword(newPassword, account.getUsername());
        if (hasher.verify(newPassword, account.getPasswordHash())) {
            throw new JisrException("password.mustDiffer");
        }
        account.changePassword(hasher.hash(newPassword), LocalDateTime.now());
        audit.write(AuditEntry.of("platform", "user", account.getId(), AuditAction.PASSWORD_CHANGE), me.username());
    }

    @Override
    public boolean mustChangePassword() {
        return mine().isMustChangePassword();
    }

    private UserAccount mine() {
        return users.byUsername(me.username()).orElseThrow(() -> new JisrException("user.notFound"));
    }
}
