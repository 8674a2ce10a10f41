package ma.gov.social.jisr.women.api;

/** The kinds of Salama kit: hygiene and dignity, maternity (pregnant women, midwives), protection (staff). */
public enum KitKind {
    HYGIENE, MATERNITY, PROTECTION
}
