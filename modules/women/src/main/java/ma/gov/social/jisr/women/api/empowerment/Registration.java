package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

/** What staff enter to register a woman of the persons registry; her province is where she is followed. */
public record Registration(long personId, EntrepreneurKind kind, Sector sector, String activity, String provinceCode,
                           LocalDate registeredOn) {
}
