package ma.gov.social.jisr.platform.internal.users;

import java.util.Set;
import java.util.regex.Pattern;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.users.PasswordPolicy;

/** Field rules of an account, each failure named by a message key. Pure, so unit-tested. */
public final class UserRules {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserRules() {
    }

    public static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new JisrException("user.username.invalid");
        }
    }

    public static void checkProfile(String fullName, String email, Set<String> roles) {
        if (fullName == null || fullName.isBlank() || fullName.length() > 160) {
            throw new JisrException("user.fullName.required");
        }
        if (email != null && !email.isBlank() && (email.length() > 160 || !EMAIL.matcher(email).matches())) {
            throw new JisrException("user.email.invalid");
        }
        if (roles == null || roles.isEmpty()) {
            throw new JisrException("user.roles.required");
        }
        for (String role : roles) {
            if (!Roles.isAssignable(role)) {
                throw new JisrException("user.roles.unknown", role);
            }
        }
    }

    public static void checkPassword(char[] password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw new JisrException(key, PasswordPolicy.MIN_LENGTH);
        });
    }

    /** An administrator saves what they saw: if the profile changed since, their screen is stale. */
    public static void checkNotStale(int currentVersion, int seenVersion) {
        if (currentVersion != seenVersion) {
            throw new JisrException("common.changedMeanwhile");
        }
    }

    public static void checkLanguage(String language) {
        if (!Set.of("ar", "fr", "en").contains(language)) {
            throw new JisrException("user.language.invalid");
        }
    }
}
