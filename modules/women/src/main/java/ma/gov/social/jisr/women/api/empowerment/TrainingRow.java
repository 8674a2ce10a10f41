package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;

public record TrainingRow(long id, TrainingKind kind, String topic, LocalDate heldOn, String place, String trainer,
                          int capacity, String regionCode, String provinceCode, int registered, int attended) {
    public int free() {
        return Math.max(0, capacity - registered);
    }
}
