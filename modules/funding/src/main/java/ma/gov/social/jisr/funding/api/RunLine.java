package ma.gov.social.jisr.funding.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A tranche in a run: ordered (its end-to-end id and the bank's outcome once known) or set aside (its reasons,
 * names of {@link NotPayable}, comma-separated).
 */
public record RunLine(long trancheId, long agreementId, String agreementReference, int trancheNumber,
                      String associationName, Dirhams amount, String endToEndId, String status, String reasons) {
}
