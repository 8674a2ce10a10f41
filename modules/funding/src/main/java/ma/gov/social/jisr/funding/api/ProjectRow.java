package ma.gov.social.jisr.funding.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A line of a call's submissions. */
public record ProjectRow(long id, String reference, String title, String associationName, String provinceCode,
                         FundingDomain domain, Dirhams amountRequested, ProjectStatus status) {
}
