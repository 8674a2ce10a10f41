package ma.gov.social.jisr.platform.web.support;

/** Names of the few things Jisr keeps in an HTTP session, shared by the shell's filters and the screens. */
public final class SessionKeys {
    /** Set once the caller's password is known not to be temporary: the password filter stops asking. */
    public static final String PASSWORD_CHECKED = "jisr.passwordChecked";

    private SessionKeys() {
    }
}
