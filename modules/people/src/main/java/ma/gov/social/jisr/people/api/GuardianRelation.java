package ma.gov.social.jisr.people.api;

/** How a legal guardian stands to a child (kafala: the Moroccan legal fostering of a child). */
public enum GuardianRelation {
    MOTHER, FATHER, LEGAL_GUARDIAN, KAFIL
}
