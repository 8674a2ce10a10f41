package ma.gov.social.jisr.platform.api.module;

import java.time.LocalDate;

/**
 * A module's demo records, so that a newcomer's first start in development mode shows every screen with
 * something true in it. One application-scoped CDI bean per module. The platform runs them at deployment,
 * after the migrations and the demo accounts, in {@link #order()} (the same idea as the schemas' order: a
 * module whose demo data reads another's comes after it), and only once: a module that already holds
 * records is left alone. Production never runs them, nor development with {@code JISR_DEMO_DATA=false}.
 * <p>
 * A seeder writes its own module's tables only, through its own code; what it needs from another module
 * comes through that module's api. Its random choices start from a fixed seed and its dates from
 * {@link #AS_OF}, so every first start writes the same records and screenshots stay comparable.
 */
public interface DemoData {
    /** The day the demo data describes: inspections, plans and works all lie on or before it. */
    LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    /** Who the demo records say created them; a module's demo api may touch only records marked so. */
    String AUTHOR = "demo-data";

    /** Lower-case module name, as in its schema. */
    String module();

    /** Modules whose demo data others read come first. */
    int order();

    /** Whether the module holds records already (seeded before, or entered by hand): then nothing is seeded. */
    boolean present();

    /**
     * Writes the module's demo records, all or nothing, and says in one line what it wrote (for the boot
     * log, e.g. "3,612 centres, 7,540 inspections").
     */
    String seed();
}
