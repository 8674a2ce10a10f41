package ma.gov.social.jisr.funding.api;

import ma.gov.social.jisr.platform.api.imports.FileImport;

/**
 * The bank's return on released runs, through the platform's import screen: an ISO 20022 {@code camt.054.001.02}
 * file, or the bank's CSV (columns end_to_end_id, amount, status, and optionally currency, reason_code, reason,
 * bank_reference; status EXECUTED, REJECTED or PENDING). Each line marks its payment executed or rejected;
 * a rejected payment's tranche is due again, with the bank's reason. Lines that match nothing are kept and listed.
 */
public interface BankReturnImport extends FileImport {
}
