package ma.gov.social.jisr.platform.api.module;

/** The pages under {@code path} (for example "/people/") open only to holders of {@code permission}. */
public record PageGuard(String path, String permission) {
}
