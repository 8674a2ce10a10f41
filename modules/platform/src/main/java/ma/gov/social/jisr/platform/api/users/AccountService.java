package ma.gov.social.jisr.platform.api.users;

/** What every member of staff may do with their own account. */
public interface AccountService {
    void changeLanguage(String language);

    void changePassword(char[] currentPassword, char[] newPassword);

    boolean mustChangePassword();
}
