package ma.gov.social.jisr.women.api;

/** How she reached the service: by herself, by a line or online, or referred by an institution. */
public enum IntakeChannel {
    WALK_IN, TELEPHONE_LINE, REMOTE_ONLINE, POLICE, GENDARMERIE, PROSECUTOR, HOSPITAL, ASSOCIATION
}
