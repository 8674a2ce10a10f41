package ma.gov.social.jisr.upgrades.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.centres.api.RegionCensus;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.upgrades.api.PriorityWeights;
import ma.gov.social.jisr.upgrades.api.ProgrammeSettings;
import ma.gov.social.jisr.upgrades.internal.PlanBean;
import ma.gov.social.jisr.upgrades.internal.Planner;

/**
 * Two programme years on the demo centres, planned by the planning job's own code ({@link Planner}) so that
 * the plans are those the job would write: this year's, reviewed, approved and with its works at every step;
 * next year's, drafted and reviewed by some regions only (Casablanca-Settat's coordinator, coord.casa, still
 * has to submit, then the administrator can approve). One transaction: all or nothing.
 */
@ApplicationScoped
public class UpgradesDemo implements DemoData {
    static final int APPROVED_YEAR = AS_OF.getYear();
    static final int DRAFT_YEAR = APPROVED_YEAR + 1;
    /** Regions that have not yet submitted next year's draft. */
    static final Set<String> PENDING = Set.of("MA-01", "MA-03", "MA-06", "MA-08", "MA-10");
    private static final long SEED = 2026_12;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private DemoCentres centres;

    @Override
    public String module() {
        return "upgrades";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean present() {
        return new Sql(dataSource).number("select count(*) from upg_programme") > 0;
    }

    @Override
    @Transactional
    public String seed() {
        if (centres.census(APPROVED_YEAR, ProgrammeSettings.DEFAULT_RECENT_YEARS).stream()
                .mapToLong(RegionCensus::total).sum() == 0) {
            return "no demo centres to plan, nothing written";
        }
        Random random = new Random(SEED);
        Sql sql = new Sql(dataSource);
        ProgrammeSettings approved = settings(APPROVED_YEAR, 300, "145000000.00", PriorityWeights.DEFAULT);
        plan(sql, approved, LocalDateTime.of(APPROVED_YEAR, 1, 12, 9, 0), LocalDateTime.of(APPROVED_YEAR, 1, 19, 15, 30));
        submit(sql, APPROVED_YEAR, Set.of(), LocalDateTime.of(APPROVED_YEAR, 1, 26, 10, 0), random);
        Map<Long, Dirhams> chosen = chosen(sql, APPROVED_YEAR);
        centres.upgradesPlanned(APPROVED_YEAR, PlanBean.works(APPROVED_YEAR), chosen);
        sql.update("update upg_programme set status = 'APPROVED', approved_at = ?, approved_by = 'admin', version = 1"
                + " where programme_year = ?", LocalDateTime.of(APPROVED_YEAR, 3, 2, 11, 0), APPROVED_YEAR);
        DemoWorks.Progress works = new DemoWorks(sql, centres, random).advance(APPROVED_YEAR,
                LocalDateTime.of(APPROVED_YEAR, 3, 2, 11, 0).toLocalDate());

        ProgrammeSettings draft = settings(DRAFT_YEAR, 320, "160000000.00", new PriorityWeights(45, 20, 15, 10, 10));
        plan(sql, draft, AS_OF.minusDays(26).atTime(9, 0), AS_OF.minusDays(19).atTime(16, 0));
        submit(sql, DRAFT_YEAR, PENDING, AS_OF.minusDays(12).atTime(10, 0), random);
        long draftLines = chosen(sql, DRAFT_YEAR).size();
        return String.format("programme %d approved with %,d centres (works: %s), programme %d drafted with %,d"
                + " centres, %d of 12 regions submitted", APPROVED_YEAR, chosen.size(), works, DRAFT_YEAR, draftLines,
                12 - PENDING.size());
    }

    /** Opens the year, then runs the job's allocate and plan steps on the demo centres. */
    private void plan(Sql sql, ProgrammeSettings s, LocalDateTime opened, LocalDateTime planned) {
        PriorityWeights w = s.weights();
        sql.update("insert into upg_programme (programme_year, target, budget, min_per_region, recent_years, w_condition,"
                + " w_served, w_waiting, w_rural, w_group, status, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 'admin')", s.year(), s.target(), s.budget(),
                s.minPerRegion(), s.recentYears(), w.condition(), w.served(), w.waiting(), w.rural(), w.group(), opened);
        sql.batch("insert into upg_unit_cost (programme_year, centre_type, cost) values (?, ?, ?)",
                s.unitCosts().entrySet().stream().map(e -> new Object[] {s.year(), e.getKey(), e.getValue()}).toList());
        Planner planner = new Planner(sql, centres);
        planner.allocate(s);
        for (String region : sql.list("select region_code from upg_region where programme_year = ? order by region_code",
                r -> r.string("region_code"), s.year())) {
            planner.planRegion(s, region);
        }
        sql.update("update upg_programme set status = 'DRAFTED', planned_at = ? where programme_year = ?", planned,
                s.year());
        sql.update("update upg_region set planned_at = ? where programme_year = ?", planned, s.year());
    }

    /** Regions with a quota submit their part a few days apart, each by its coordinator or the administrator. */
    private void submit(Sql sql, int year, Set<String> pending, LocalDateTime from, Random random) {
        List<String> regions = sql.list("select region_code from upg_region where programme_year = ? and quota > 0"
                + " order by region_code", r -> r.string("region_code"), year);
        LocalDateTime at = from;
        for (String region : regions) {
            if (pending.contains(region)) {
                continue;
            }
            at = at.plusHours(6 + random.nextInt(30));
            sql.update("update upg_region set submitted_at = ?, submitted_by = ?, version = version + 1"
                    + " where programme_year = ? and region_code = ?", at, "MA-06".equals(region) ? "coord.casa"
                    : "admin", year, region);
        }
    }

    private Map<Long, Dirhams> chosen(Sql sql, int year) {
        Map<Long, Dirhams> chosen = new LinkedHashMap<>();
        sql.list("select centre_id, estimated_cost from upg_line where programme_year = ? and status = 'CHOSEN'"
                + " order by centre_id", r -> Map.entry(r.number("centre_id"), r.dirhams("estimated_cost")), year)
                .forEach(e -> chosen.put(e.getKey(), e.getValue()));
        return chosen;
    }

    /** Estimated costs of one upgrade by type of centre, in dirhams: residential centres cost more. */
    static ProgrammeSettings settings(int year, int target, String budget, PriorityWeights weights) {
        Map<CentreType, Dirhams> costs = new EnumMap<>(CentreType.class);
        for (CentreType type : CentreType.values()) {
            long thousands = switch (type) {
                case ELDERLY_CARE_INSTITUTION -> 1200;
                case CHILD_PROTECTION_CENTRE -> 1100;
                case DISABILITY_CARE_CENTRE -> 1000;
                case WOMEN_SHELTER -> 900;
                case HOMELESS_SHELTER -> 800;
                case WOMEN_MULTIFUNCTION_SPACE -> 600;
                case TRAINING_INCLUSION_CENTRE -> 550;
                case DISABILITY_ORIENTATION_CENTRE -> 500;
                case FAMILY_SPACE -> 450;
                case SOCIAL_NURSERY -> 400;
                case LISTENING_CENTRE, ELDERLY_DAY_CLUB -> 350;
                case CHILD_PROTECTION_UNIT -> 300;
                case MOBILE_SOCIAL_UNIT -> 250;
            };
            costs.put(type, Dirhams.of(thousands * 1000));
        }
        return new ProgrammeSettings(year, target, Dirhams.of(budget), 10, ProgrammeSettings.DEFAULT_RECENT_YEARS,
                weights, costs);
    }
}
