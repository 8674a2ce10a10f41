package ma.gov.social.jisr.platform.api.users;

/** Filters of the user list; all optional. {@code text} matches username or full name. */
public record UserFilter(String text, String role, Boolean enabled) {
    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
