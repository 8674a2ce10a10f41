package ma.gov.social.jisr.people.api;

public enum Sex {
    FEMALE, MALE
}
