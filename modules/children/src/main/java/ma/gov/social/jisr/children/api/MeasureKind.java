package ma.gov.social.jisr.children.api;

/** Protection measures a juvenile judge or the prosecutor decides. */
public enum MeasureKind {
    INSTITUTION_PLACEMENT, RETURN_TO_FAMILY_UNDER_SUPERVISION, FOSTER_FAMILY, MEDICAL_CARE, PSYCHOLOGICAL_CARE,
    EDUCATIONAL_SUPERVISION
}
