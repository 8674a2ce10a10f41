package ma.gov.social.jisr.platform.api;

import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** The member of staff behind the current request, with the territory they may see. */
public interface CurrentUser {
    String username();

    String fullName();

    TerritorialScope scope();

    boolean hasRole(String role);

    /** "ar", "fr" or "en". */
    String preferredLanguage();
}
