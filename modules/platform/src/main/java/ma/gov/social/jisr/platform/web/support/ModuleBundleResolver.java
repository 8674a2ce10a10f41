package ma.gov.social.jisr.platform.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;
import ma.gov.social.jisr.platform.api.module.Modules;

/**
 * Resolves each module's bundle variable ({@code centresMsg}) to its bundle in the view's language, from
 * the modules' descriptions: a new module needs no {@code <resource-bundle>} in faces-config.xml.
 * Registered in the platform jar's META-INF/faces-config.xml.
 */
public class ModuleBundleResolver extends ELResolver {
    private volatile Map<String, String> bundles;

    private Map<String, String> bundles() {
        if (bundles == null) {
            bundles = CDI.current().select(Modules.class).get().all().stream()
                    .collect(Collectors.toUnmodifiableMap(ModuleDescription::bundleVariable, ModuleDescription::bundle));
        }
        return bundles;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name) || !name.endsWith("Msg")) {
            return null;
        }
        String bundle = bundles().get(name);
        if (bundle == null) {
            return null;
        }
        context.setPropertyResolved(true);
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : Locale.forLanguageTag("ar-MA");
        return ResourceBundle.getBundle(bundle, locale);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // bundles are read-only
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }
}
