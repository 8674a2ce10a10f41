package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record PlanVersion(LocalDate agreedOn, String goals, LocalDateTime recordedAt, String recordedBy) {
}
