package ma.gov.social.jisr.centres.api;

import java.time.LocalDate;

/** An inspection's scores (0-100). The overall score is the rounded mean of the five, so it cannot disagree. */
public record Inspection(LocalDate inspectedOn, String inspector, int building, int equipment, int accessibility,
                         int safety, int staffing, String notes) {
    public int overall() {
        return Math.round((building + equipment + accessibility + safety + staffing) / 5.0f);
    }
}
