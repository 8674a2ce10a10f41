package ma.gov.social.jisr.funding.api;

/** What the associations list is narrowed to; null means any. Text: the start of a name or a registration number. */
public record AssociationFilter(String text, String provinceCode, AssociationStatus status, FundingDomain domain,
                                boolean ribChangePending) {
    public static AssociationFilter none() {
        return new AssociationFilter(null, null, null, null, false);
    }
}
