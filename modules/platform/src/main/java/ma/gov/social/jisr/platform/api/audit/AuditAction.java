package ma.gov.social.jisr.platform.api.audit;

/** What was done. READ_PERSONAL_DATA is written whenever someone opens a person's case data. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ_PERSONAL_DATA, EXPORT, IMPORT,
    LOGIN, LOGIN_FAILED, LOCKOUT, LOGOUT, PASSWORD_CHANGE, PASSWORD_RESET,
    /** A supervisor opened a restricted case they do not handle, writing why: flagged for review. */
    BREAK_GLASS,
    /** A page or action the caller was not allowed to open; the attempt is kept. */
    ACCESS_REFUSED
}
