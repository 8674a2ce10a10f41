package ma.gov.social.jisr.casework.api;

/** A member of one of a module's teams in a province. */
public record TeamMember(String team, String provinceCode, String username, String fullName) {
}
