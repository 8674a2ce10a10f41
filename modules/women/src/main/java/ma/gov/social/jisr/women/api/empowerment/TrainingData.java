package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

public record TrainingData(TrainingKind kind, String topic, LocalDate heldOn, String place, String trainer,
                           int capacity, String provinceCode) {
}
