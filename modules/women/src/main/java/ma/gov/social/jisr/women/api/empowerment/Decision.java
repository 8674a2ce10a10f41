package ma.gov.social.jisr.women.api.empowerment;

/** A review's outcome; a rejection carries its reason, an accompaniment its adviser (a username). */
public record Decision(RequestStage outcome, String reason, String adviser) {
}
