package ma.gov.social.jisr.women.api;

import java.time.LocalDate;

public record SafetyPlan(long id, LocalDate agreedOn, String measures, String by) {
}
