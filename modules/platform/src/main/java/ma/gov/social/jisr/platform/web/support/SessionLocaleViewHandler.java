package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the person's language (LocaleSelector), not in the browser's Accept-Language.
 * The pages' {@code <f:view locale>} only applies once the whole page is built, to render it: a view action
 * (or a view parameter's conversion) runs before that, in a view holding only the page's metadata, so its
 * messages came out in whatever language the browser asked for, often English. Registered in the platform
 * jar's META-INF/faces-config.xml.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {
    /**
     * The container's proxy, which reaches the current session's selector on every call: looked up once,
     * since a CDI look-up on every call (several per request) is a measurable part of a short request.
     */
    private volatile LocaleSelector selector;

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        LocaleSelector s = selector;
        if (s == null) {
            s = CDI.current().select(LocaleSelector.class).get();
            selector = s;
        }
        return s.getLocale();
    }
}
