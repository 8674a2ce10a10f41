package ma.gov.social.jisr.funding.api;

public enum AgreementStatus {
    DRAFT, ACTIVE, COMPLETED, TERMINATED
}
