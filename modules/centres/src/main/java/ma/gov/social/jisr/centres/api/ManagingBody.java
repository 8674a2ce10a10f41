package ma.gov.social.jisr.centres.api;

/** Who runs the centre; a partner association is named in the centre's partner name. */
public enum ManagingBody {
    MINISTRY, ENTRAIDE_NATIONALE, ASSOCIATION
}
