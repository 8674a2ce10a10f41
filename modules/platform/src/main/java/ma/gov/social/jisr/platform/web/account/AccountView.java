package ma.gov.social.jisr.platform.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.users.AccountService;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.SessionKeys;

/** My account: my details and my password (a temporary one must be replaced here first). */
@Named
@RequestScoped
public class AccountView {
    @Inject
    private AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isMustChange() {
        return accounts.mustChangePassword();
    }

    public String changePassword() {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                Messages.error("password.confirmationDiffers");
                return null;
            }
            accounts.changePassword(chars(currentPassword), chars(newPassword));
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                    .put(SessionKeys.PASSWORD_CHECKED, Boolean.TRUE);
            Messages.info("password.changed");
            return "/index?faces-redirect=true";
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
