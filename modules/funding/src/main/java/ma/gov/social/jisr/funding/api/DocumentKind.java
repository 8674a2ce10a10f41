package ma.gov.social.jisr.funding.api;

/** The papers of a submission, of an association's legal file, and the receipts of a report. */
public enum DocumentKind {
    STATUTES, LEGAL_RECEIPT, BOARD_MINUTES, ACTIVITY_REPORT, FINANCIAL_STATEMENT, TECHNICAL_SHEET, BUDGET_FORM,
    RECEIPT
}
