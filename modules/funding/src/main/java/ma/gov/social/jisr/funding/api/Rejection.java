package ma.gov.social.jisr.funding.api;

/** Why a project was not selected, as the association is told. */
public enum Rejection {
    /** Its average score is below the call's pass mark. */
    BELOW_PASS_MARK,
    /** Projects ranked above it used the envelope. */
    ENVELOPE_USED,
    /** The committee decided otherwise, with its written justification. */
    COMMITTEE
}
