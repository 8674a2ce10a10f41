package ma.gov.social.jisr.women.api.empowerment;

/** A woman registered for a session, and whether she came. */
public record Seat(long personId, String name, String nationalId, boolean attended) {
}
