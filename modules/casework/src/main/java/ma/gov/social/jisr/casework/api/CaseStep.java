package ma.gov.social.jisr.casework.api;

/** The inter-agency case-management steps, in order. A case moves forward one step at a time or closes. */
public enum CaseStep {
    REGISTERED, ASSESSED, PLAN_AGREED, SERVICES, FOLLOW_UP, CLOSED;

    public boolean open() {
        return this != CLOSED;
    }

    /** The step after this one on the way to closure (CLOSED has none). */
    public CaseStep next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}
