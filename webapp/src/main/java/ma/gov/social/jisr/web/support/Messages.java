package ma.gov.social.jisr.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.gov.social.jisr.platform.api.JisrException;

/** Puts bundle messages, in the view's language, on the screen. */
public final class Messages {
    /** Each module's bundle; a key is looked up in them in turn (keys start with the module's words). */
    private static final List<String> BUNDLES = List.of("ma.gov.social.jisr.platform.i18n.messages",
            "ma.gov.social.jisr.centres.i18n.messages", "ma.gov.social.jisr.people.i18n.messages",
            "ma.gov.social.jisr.upgrades.i18n.messages");

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(faces.getViewRoot().getLocale(), key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 || !pattern.contains("{") ? pattern
                        : new MessageFormat(pattern, locale).format(arguments);
            }
        }
        return key;
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public static void error(JisrException refusal) {
        add(FacesMessage.SEVERITY_ERROR, null, refusal.messageKey(), refusal.arguments());
    }

    public static void error(String clientId, JisrException refusal) {
        add(FacesMessage.SEVERITY_ERROR, clientId, refusal.messageKey(), refusal.arguments());
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, summary, summary));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
