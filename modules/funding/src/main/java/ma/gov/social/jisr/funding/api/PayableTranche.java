package ma.gov.social.jisr.funding.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.value.Rib;

/** What the disbursement batch needs to pay a tranche. */
public record PayableTranche(long trancheId, int number, long agreementId, String agreementReference,
                             long associationId, String associationName, Rib rib, Dirhams amount) {
}
