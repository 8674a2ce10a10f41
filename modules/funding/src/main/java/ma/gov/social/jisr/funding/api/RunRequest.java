package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;

/** What a finance officer asks to pay: every due tranche for a value date, optionally of one call, domain or region. */
public record RunRequest(LocalDate valueDate, Long callId, FundingDomain domain, String regionCode) {
}
