package ma.gov.social.jisr.people.api;

/**
 * A child's legal guardian, or a guardian's ward, as shown on a person's page. When the other person
 * lies outside the reader's territory only the link's existence and relation are given: not visible,
 * and personId and both names are null.
 */
public record GuardianLink(Long personId, String nameAr, String nameLatin, GuardianRelation relation,
                           boolean visible) {
    public static GuardianLink outsideScope(GuardianRelation relation) {
        return new GuardianLink(null, null, null, relation, false);
    }
}
