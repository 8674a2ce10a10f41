package ma.gov.social.jisr.women.api;

/** The level a risk assessment gives. HIGH and IMMEDIATE_DANGER require a safety plan. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, IMMEDIATE_DANGER;

    public boolean needsSafetyPlan() {
        return this == HIGH || this == IMMEDIATE_DANGER;
    }
}
