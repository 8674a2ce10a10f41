package ma.gov.social.jisr.funding.api;

/** Why a tranche is not payable now; a tranche with no reason is due and payable. */
public enum NotPayable {
    ALREADY_PAID, BEING_PAID, AGREEMENT_NOT_ACTIVE, ASSOCIATION_SUSPENDED, ASSOCIATION_BLACKLISTED, NO_APPROVED_RIB,
    RIB_CHANGE_PENDING, PREVIOUS_TRANCHE_UNPAID, PREVIOUS_REPORT_MISSING, PREVIOUS_REPORT_NOT_APPROVED
}
