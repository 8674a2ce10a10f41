package ma.gov.social.jisr.platform.api.module;

/** A Facelets fragment of a module (under its {@code includes/} folder) that another page includes. */
public record PageContribution(String include, String permission) {
}
