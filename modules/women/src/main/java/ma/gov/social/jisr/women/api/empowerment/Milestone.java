package ma.gov.social.jisr.women.api.empowerment;

/** The accompaniment's milestones, in the order they are reached. */
public enum Milestone {
    IDEA, BUSINESS_PLAN, LEGAL, FINANCING, LAUNCH, FOLLOW_UP;

    /** 1 to 6, as stored. */
    public int position() {
        return ordinal() + 1;
    }

    public static Milestone at(int position) {
        return values()[position - 1];
    }
}
