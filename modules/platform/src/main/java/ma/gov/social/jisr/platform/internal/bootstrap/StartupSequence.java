package ma.gov.social.jisr.platform.internal.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.internal.schema.SchemaMigrator;

/**
 * At deployment, in this order: schema migrations, then accounts, then the boot report. The modules' demo
 * data (development mode) follows once EJBs can be called: {@link DemoDataStartup}.
 */
@ApplicationScoped
public class StartupSequence {
    @Inject
    private SchemaMigrator migrator;
    @Inject
    private AccountBootstrap accounts;
    @Inject
    private BootReport report;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Map<String, String> versions = migrator.migrateAll();
        // two servers starting on an empty database: one creates the first administrator, the other finds it
        try (StartupLock lock = StartupLock.take(dataSource)) {
            accounts.run();
        }
        report.log(versions);
    }
}
