package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.module.Modules;

/**
 * Pages ask whether the caller may do something by the permission's name, {@code #{may['people.merge']}},
 * never by role names: the roles behind each permission are written once, in the module's description.
 * A map, so that EL's bracket syntax reaches it; answers are kept for the request.
 */
@Named("may")
@RequestScoped
public class Access extends AbstractMap<String, Boolean> {
    @Inject
    private Modules modules;

    private final Map<Object, Boolean> answers = new HashMap<>();

    @Override
    public Boolean get(Object permission) {
        return answers.computeIfAbsent(permission, p -> modules.may((String) p));
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String;
    }

    @Override
    public Set<Entry<String, Boolean>> entrySet() {
        return Set.of();
    }
}
