package ma.gov.social.jisr.women.api;

/** What a stock movement did; a REVERSAL undoes one earlier movement, exactly. */
public enum KitMove {
    RECEIPT, TRANSFER, ALLOCATION, DISTRIBUTION, REVERSAL
}
