package ma.gov.social.jisr.children.api;

/** Who brought the child to the mechanism's attention. */
public enum IdentificationSource {
    FIELD_TEAM, MOBILE_SOCIAL_UNIT, SCHOOL, HEALTH_SERVICE, POLICE, GENDARMERIE, PROSECUTOR, HOTLINE, OTHER_MODULE,
    FAMILY
}
