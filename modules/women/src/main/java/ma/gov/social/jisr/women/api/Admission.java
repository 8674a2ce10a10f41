package ma.gov.social.jisr.women.api;

/** What an admission request came to: a bed (the stay's id) or a place on the waiting list. */
public record Admission(boolean admitted, long stayId, int waitingPosition) {
}
