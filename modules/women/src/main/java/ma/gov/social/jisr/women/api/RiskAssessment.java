package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.util.Set;

public record RiskAssessment(long id, LocalDate assessedOn, Set<RiskQuestion> yes, int score, RiskLevel level,
                             String by) {
}
