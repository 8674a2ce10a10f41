package ma.gov.social.jisr.centres.api;

/** The kinds of establishment of the Jisr network. */
public enum CentreType {
    WOMEN_MULTIFUNCTION_SPACE(TargetGroup.WOMEN, false),
    LISTENING_CENTRE(TargetGroup.WOMEN, false),
    WOMEN_SHELTER(TargetGroup.WOMEN, true),
    CHILD_PROTECTION_CENTRE(TargetGroup.CHILDREN, true),
    CHILD_PROTECTION_UNIT(TargetGroup.CHILDREN, false),
    FAMILY_SPACE(TargetGroup.FAMILIES, false),
    SOCIAL_NURSERY(TargetGroup.CHILDREN, false),
    ELDERLY_DAY_CLUB(TargetGroup.ELDERLY, false),
    ELDERLY_CARE_INSTITUTION(TargetGroup.ELDERLY, true),
    DISABILITY_ORIENTATION_CENTRE(TargetGroup.DISABILITY, false),
    DISABILITY_CARE_CENTRE(TargetGroup.DISABILITY, true),
    TRAINING_INCLUSION_CENTRE(TargetGroup.GENERAL, false),
    HOMELESS_SHELTER(TargetGroup.GENERAL, true),
    MOBILE_SOCIAL_UNIT(TargetGroup.GENERAL, false);

    private final TargetGroup group;
    private final boolean residential;

    CentreType(TargetGroup group, boolean residential) {
        this.group = group;
        this.residential = residential;
    }

    public TargetGroup group() {
        return group;
    }

    /** Residential centres count beds as well as places. */
    public boolean residential() {
        return residential;
    }

    /** A vehicle: it has no fixed position but a territory it covers. */
    public boolean mobile() {
        return this == MOBILE_SOCIAL_UNIT;
    }
}
