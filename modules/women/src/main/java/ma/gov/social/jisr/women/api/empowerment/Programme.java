package ma.gov.social.jisr.women.api.empowerment;

/**
 * The partner programmes that finance women's projects: the National Initiative for Human Development,
 * Forsa, Intelaka, the Social Development Agency, Tamwilcom's guarantees, the ministry's own line, others.
 */
public enum Programme {
    INDH, FORSA, INTELAKA, ADS, TAMWILCOM, MINISTRY, OTHER
}
