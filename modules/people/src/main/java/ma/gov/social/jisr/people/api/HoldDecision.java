package ma.gov.social.jisr.people.api;

/** What a person decides about a held import line: it is a person already registered, or a new one. */
public enum HoldDecision {
    EXISTING, NEW
}
