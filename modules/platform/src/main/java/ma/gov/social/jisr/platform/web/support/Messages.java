package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.Modules;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Puts bundle messages, in the view's language, on the screen. */
public final class Messages {
    /** Each module's bundle, from the modules' descriptions; a key is looked up in them in turn. */
    private static volatile List<String> bundles;

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(faces.getViewRoot().getLocale(), key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        for (String name : bundles()) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return arguments.length == 0 || !pattern.contains("{") ? pattern
                        : new MessageFormat(pattern, locale).format(shown(locale, arguments));
            }
        }
        return key;
    }

    /** Words translated and amounts written the language's way, before they enter a sentence. */
    private static Object[] shown(Locale locale, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof JisrException.Word word) {
                shown[i] = text(locale, word.key());
            } else if (shown[i] instanceof Dirhams money) {
                shown[i] = money.format(locale);
            }
        }
        return shown;
    }

    private static List<String> bundles() {
        if (bundles == null) {
            bundles = CDI.current().select(Modules.class).get().all().stream().map(ModuleDescription::bundle).toList();
        }
        return bundles;
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
