package ma.gov.social.jisr.platform.api;

/** Why the login attempt of the current request was refused, for the login screen's message. */
public interface LastLoginAttempt {
    /** True when the account is (now) locked after too many failures. */
    boolean locked();
}
