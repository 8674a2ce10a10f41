package ma.gov.social.jisr.funding.api;

/** A call's life: drafted, published (submissions received in its window), closed, evaluated, decided. */
public enum CallStatus {
    DRAFT, PUBLISHED, CLOSED, EVALUATED, DECIDED
}
