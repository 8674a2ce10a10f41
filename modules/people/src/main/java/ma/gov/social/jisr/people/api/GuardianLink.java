package ma.gov.social.jisr.people.api;

/** A child's legal guardian, or a guardian's ward, as shown on a person's page. */
public record GuardianLink(long personId, String nameAr, String nameLatin, GuardianRelation relation) {
}
