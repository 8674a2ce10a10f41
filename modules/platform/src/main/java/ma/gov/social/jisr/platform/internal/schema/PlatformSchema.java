package ma.gov.social.jisr.platform.internal.schema;

import jakarta.enterprise.context.ApplicationScoped;
import ma.gov.social.jisr.platform.api.ModuleSchema;

@ApplicationScoped
public class PlatformSchema implements ModuleSchema {
    @Override
    public String name() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }
}
