package ma.gov.social.jisr.platform.internal.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

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

    @PostConstruct
    void seed() {
        runner.run();
    }
}
