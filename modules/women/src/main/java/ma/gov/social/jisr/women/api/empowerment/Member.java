package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

/** A cooperative's member: a person of the registry, with the day she joined. */
public record Member(long personId, String name, String nationalId, LocalDate joinedOn) {
}
