package ma.gov.social.jisr.platform.internal.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.internal.config.JisrSettings;

/**
 * Fills an empty development database with every module's demo records, in the modules' order. A module
 * that already holds records is skipped, so this runs once per database; a seeder that fails is logged
 * and the application starts anyway (its writes are all or nothing).
 */
@ApplicationScoped
public class DemoDataRunner {
    private static final Logger LOG = Logger.getLogger("jisr.demo");

    @Inject
    private JisrSettings settings;
    @Inject
    private Instance<DemoData> seeders;

    void run() {
        run(settings.seedsDemoData(), seeders.stream().toList());
    }

    /** Seeds the modules that hold nothing yet, in order; returns the modules it seeded. */
    static List<String> run(boolean enabled, List<DemoData> all) {
        List<String> seeded = new ArrayList<>();
        if (!enabled) {
            return seeded;
        }
        long started = System.nanoTime();
        for (DemoData seeder : all.stream().sorted(Comparator.comparingInt(DemoData::order)
                .thenComparing(DemoData::module)).toList()) {
            long t0 = System.nanoTime();
            try {
                if (seeder.present()) {
                    LOG.info(() -> "Demo data of module '" + seeder.module() + "': it holds records, nothing added");
                    continue;
                }
                String summary = seeder.seed();
                seeded.add(seeder.module());
                LOG.info(() -> String.format("Demo data of module '%s': %s (%.1f s)", seeder.module(), summary,
                        seconds(t0)));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Demo data of module '" + seeder.module() + "' failed; nothing of it was kept", e);
            }
        }
        LOG.info(() -> String.format("Demo data checked in %.1f s", seconds(started)));
        return seeded;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
