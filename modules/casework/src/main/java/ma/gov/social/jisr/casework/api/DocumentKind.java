package ma.gov.social.jisr.casework.api;

public enum DocumentKind {
    STATEMENT, MEDICAL_CERTIFICATE, COURT_PAPER, IDENTITY_PAPER, OTHER
}
