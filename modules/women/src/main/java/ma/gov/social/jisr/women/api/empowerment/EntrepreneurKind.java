package ma.gov.social.jisr.women.api.empowerment;

/** How a registered woman works: on her own (auto-entrepreneur) or as a member of a women's cooperative. */
public enum EntrepreneurKind {
    SELF_EMPLOYED, COOPERATIVE_MEMBER
}
