package ma.gov.social.jisr.platform.internal.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.ModuleSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs every module's Flyway migrations at deployment, platform first. Each module keeps its own
 * history table, so modules number their migrations independently and can be added one at a time.
 */
@ApplicationScoped
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger("jisr.schema");

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private Instance<ModuleSchema> schemas;

    /** Module name to the schema version it is at, after migration. */
    public Map<String, String> migrateAll() {
        Map<String, String> versions = new LinkedHashMap<>();
        schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::name))
                .forEach(schema -> versions.put(schema.name(), migrate(schema)));
        return versions;
    }

    private String migrate(ModuleSchema schema) {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + schema.name())
                .table("flyway_history_" + schema.name())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().toString();
        LOG.info(() -> "Schema of module '" + schema.name() + "': " + result.migrationsExecuted
                + " migration(s) applied, now at version " + version);
        return version;
    }
}
