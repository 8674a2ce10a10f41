package ma.gov.social.jisr.children.api;

/** Who decided a protection measure. */
public enum DecidedBy {
    JUVENILE_JUDGE, PROSECUTOR
}
