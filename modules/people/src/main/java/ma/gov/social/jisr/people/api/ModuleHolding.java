package ma.gov.social.jisr.people.api;

/** A module that holds records about a person, and how many. */
public record ModuleHolding(String module, long records) {
}
