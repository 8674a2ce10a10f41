package ma.gov.social.jisr.children.api;

/** What happens to a case when the child turns 18: it closes, or it is handed over to adult services. */
public enum TransitionKind {
    CLOSURE, HANDOVER
}
