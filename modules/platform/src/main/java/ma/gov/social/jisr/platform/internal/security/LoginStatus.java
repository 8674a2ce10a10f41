package ma.gov.social.jisr.platform.internal.security;

/** Why a login attempt ended as it did; the login screen picks its message from it. */
public enum LoginStatus {
    SUCCESS, INVALID, LOCKED, DISABLED
}
