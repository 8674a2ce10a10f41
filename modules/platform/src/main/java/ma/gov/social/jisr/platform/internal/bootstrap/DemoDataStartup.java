package ma.gov.social.jisr.platform.internal.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * Seeds the demo data once the EJB container is ready: the seeders call services (territories, the centres'
 * demo api) that cannot be invoked from {@link StartupSequence}, which runs while EJBs are still initialising.
 * It still runs during deployment, after the migrations, so the first page already shows the data. No
 * transaction here: each seeder keeps its own, all or nothing.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {
    @Inject
    private DemoDataRunner runner;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    /** One server seeds at a time: the next finds the modules' records present and leaves them alone. */
    @PostConstruct
    void seed() {
        try (StartupLock lock = StartupLock.take(dataSource)) {
            runner.run();
        }
    }
}
