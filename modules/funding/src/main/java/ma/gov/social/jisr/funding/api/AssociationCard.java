package ma.gov.social.jisr.funding.api;

/**
 * An association as other modules name it: who runs a centre, who receives Salama kits. Public facts about a
 * legal body (never its bank account nor its contacts).
 */
public record AssociationCard(long id, String registrationNo, String nameAr, String nameFr, String regionCode,
                              String provinceCode, AssociationStatus status) {
    /** The name in the reader's script: Arabic readers get the Arabic name, others the French one. */
    public String name(boolean arabic) {
        return arabic ? nameAr : nameFr;
    }
}
