package ma.gov.social.jisr.funding.api;

/**
 * Where a disbursement run stands. Prepared by one finance officer, approved by another, then run by the job:
 * STARTED while it orders payments and writes the file, FAILED if it stopped (it can be restarted), COMPLETED
 * once the file is written, RELEASED once the file has gone to the bank: from then on nothing in it changes.
 */
public enum RunStatus {
    PREPARED, APPROVED, CANCELLED, STARTED, FAILED, COMPLETED, RELEASED
}
