package ma.gov.social.jisr.children.api;

/** The situations the accompaniment centres serve. */
public enum Situation {
    ABUSE_OR_VIOLENCE, EXPLOITATION, NEGLECT, VULNERABILITY, CONFLICT_WITH_LAW, UNACCOMPANIED_MIGRANT, STREET_SITUATION
}
