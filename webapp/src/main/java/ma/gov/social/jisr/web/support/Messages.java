package ma.gov.social.jisr.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.gov.social.jisr.platform.api.JisrException;

/** Puts bundle messages, in the view's language, on the screen. */
public final class Messages {
    private static final String BUNDLE = "ma.gov.social.jisr.platform.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 || !pattern.contains("{") ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
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
