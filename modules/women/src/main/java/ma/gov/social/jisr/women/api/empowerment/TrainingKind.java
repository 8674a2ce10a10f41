package ma.gov.social.jisr.women.api.empowerment;

public enum TrainingKind {
    DIGITAL, TRADE
}
