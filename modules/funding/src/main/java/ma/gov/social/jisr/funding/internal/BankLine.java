package ma.gov.social.jisr.funding.internal;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A line of a bank's return as the import checked it; id, amount and currency may be missing (listed, not matched). */
record BankLine(long lineNo, String endToEndId, Dirhams amount, String currency, String outcome, String reasonCode,
                String reason, String bankReference) {
}
