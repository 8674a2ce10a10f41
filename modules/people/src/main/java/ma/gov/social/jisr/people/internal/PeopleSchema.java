package ma.gov.social.jisr.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import ma.gov.social.jisr.platform.api.ModuleSchema;

@ApplicationScoped
public class PeopleSchema implements ModuleSchema {
    @Override
    public String name() {
        return "people";
    }

    @Override
    public int order() {
        return 10;
    }
}
