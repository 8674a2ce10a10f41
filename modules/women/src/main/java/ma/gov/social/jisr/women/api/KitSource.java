package ma.gov.social.jisr.women.api;

/** Who supplied kits that a region's store received. */
public enum KitSource {
    UNFPA, MINISTRY, DONOR, OTHER
}
