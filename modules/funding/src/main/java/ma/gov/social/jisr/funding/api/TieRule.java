package ma.gov.social.jisr.funding.api;

/** How a call orders projects of the same score: the one received first, or the one asking for less. */
public enum TieRule {
    EARLIER_RECEIVED, SMALLER_AMOUNT
}
