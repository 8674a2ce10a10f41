package ma.gov.social.jisr.casework.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.platform.api.JisrException;

/** The social modules that keep cases, found by CDI like the module descriptions. */
@ApplicationScoped
public class CaseModules {
    @Inject
    @Any
    private Instance<CaseModule> found;
    private final Map<String, CaseModule> modules = new TreeMap<>();

    @PostConstruct
    void collect() {
        found.forEach(m -> modules.put(m.module(), m));
    }

    /** The module by name; an unknown name is refused like a case that does not exist. */
    public CaseModule get(String module) {
        CaseModule m = module == null ? null : modules.get(module);
        if (m == null) {
            throw new JisrException("casework.unknownModule");
        }
        return m;
    }

    public boolean exists(String module) {
        return module != null && modules.containsKey(module);
    }

    public Collection<CaseModule> all() {
        return modules.values();
    }
}
