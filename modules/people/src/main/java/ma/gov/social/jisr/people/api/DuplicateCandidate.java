package ma.gov.social.jisr.people.api;

/** A person already registered who may be the one being entered, and why. */
public record DuplicateCandidate(PersonRow person, Reason reason) {
    public enum Reason {
        SAME_NATIONAL_ID, SIMILAR_NAME
    }
}
