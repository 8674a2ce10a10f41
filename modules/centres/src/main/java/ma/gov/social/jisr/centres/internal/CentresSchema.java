package ma.gov.social.jisr.centres.internal;

import jakarta.enterprise.context.ApplicationScoped;
import ma.gov.social.jisr.platform.api.ModuleSchema;

@ApplicationScoped
public class CentresSchema implements ModuleSchema {
    @Override
    public String name() {
        return "centres";
    }

    @Override
    public int order() {
        return 10;
    }
}
