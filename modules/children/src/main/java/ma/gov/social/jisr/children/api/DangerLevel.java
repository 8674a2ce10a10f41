package ma.gov.social.jisr.children.api;

/** The danger an assessment adds up to; IMMEDIATE asks for an emergency measure within the set time. */
public enum DangerLevel {
    LOW, MODERATE, HIGH, IMMEDIATE;

    public boolean emergency() {
        return this == IMMEDIATE;
    }
}
