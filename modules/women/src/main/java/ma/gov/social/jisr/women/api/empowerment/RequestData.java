package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A funding request as received: the woman (registered), her cooperative if it is a collective project. */
public record RequestData(long personId, Long cooperativeId, String idea, Sector sector, Dirhams amountAsked,
                          String provinceCode, LocalDate receivedOn) {
}
