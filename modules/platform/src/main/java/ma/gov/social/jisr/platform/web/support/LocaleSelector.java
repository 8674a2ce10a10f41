package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.users.AccountService;

/**
 * The screen language of this session: Arabic (right to left) unless the person chose otherwise.
 * Once logged in, the account's remembered choice applies, and a new choice is saved to the account.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");
    /** Asked several times per request: parsed once. */
    private static final Map<String, Locale> LOCALES = Map.of("ar", Locale.forLanguageTag("ar-MA"),
            "fr", Locale.forLanguageTag("fr"), "en", Locale.forLanguageTag("en"));

    @Inject
    private CurrentUser currentUser;
    @Inject
    private AccountService accounts;

    private String language = "ar";
    private String adoptedFor;

    /**
     * Arabic as written in Morocco (ar-MA): numbers and dates keep Western digits, which plain "ar" would
     * print as Arabic-Indic. Labels still come from the _ar bundles.
     */
    public Locale getLocale() {
        String current = getLanguage();
        Locale known = LOCALES.get(current);
        return known != null ? known : Locale.forLanguageTag(current);
    }

    public String getLanguage() {
        String caller = callerName();
        if (caller != null && !caller.equals(adoptedFor)) {
            adoptedFor = caller;
            language = currentUser.preferredLanguage();
        }
        return language;
    }

    public String getDirection() {
        return "ar".equals(getLanguage()) ? "rtl" : "ltr";
    }

    public String change(String newLanguage) {
        if (!LANGUAGES.contains(newLanguage)) {
            return null;
        }
        language = newLanguage;
        if (callerName() != null) {
            adoptedFor = callerName();
            accounts.changeLanguage(newLanguage);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static String callerName() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getExternalContext().getUserPrincipal() == null) {
            return null;
        }
        return faces.getExternalContext().getUserPrincipal().getName();
    }
}
