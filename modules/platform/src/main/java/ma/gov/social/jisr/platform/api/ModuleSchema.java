package ma.gov.social.jisr.platform.api;

/**
 * A module's own database schema: its Flyway folder {@code classpath:db/migration/<name>} and its own
 * history table. A module publishes one as an application-scoped CDI bean; the platform migrates
 * them in {@link #order()} at deployment, before any request is served.
 */
public interface ModuleSchema {
    /** Lower-case module name, also the Flyway folder name (e.g. "platform", "centres"). */
    String name();

    /** Modules that others depend on come first; the platform is 0. */
    int order();
}
