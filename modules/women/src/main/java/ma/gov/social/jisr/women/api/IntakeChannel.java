package ma.gov.social.jisr.women.api;

/** How she reached the service */
public enum IntakeChannel {
     by herself, by a line or online, or referred by an institution.:WALK_IN, TELEPHONE_LINE, REMOTE_ONLINE, POLICE, GENDARMERIE, PROSECUTOR, HOSPITAL, ASSOCIATION
}
