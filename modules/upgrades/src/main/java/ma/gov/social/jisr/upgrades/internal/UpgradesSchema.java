package ma.gov.social.jisr.upgrades.internal;

import jakarta.enterprise.context.ApplicationScoped;
import ma.gov.social.jisr.platform.api.ModuleSchema;

@ApplicationScoped
public class UpgradesSchema implements ModuleSchema {
    @Override
    public String name() {
        return "upgrades";
    }

    @Override
    public int order() {
        return 30;
    }
}
