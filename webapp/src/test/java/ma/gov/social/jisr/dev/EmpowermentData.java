package ma.gov.social.jisr.dev;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Economic empowerment at national scale, written straight into the benchmark's database and kept for the
 * next run: 500,000 funding requests, the same number in each of the 12 regions, received from January 2023 to
 * October 2026, from registered women (one registration each: the registries part's women of the region, a
 * fifth of them cooperative members), a third with their six milestones, and a few thousand training sessions
 * with their seats. Ids from {@link #FIRST_ID}, one range per table, far above the module's sequence.
 */
final class EmpowermentData {
    static final long FIRST_ID = 70_000_000L;
    private static final long REQUEST_IDS = FIRST_ID + 2_000_000L;
    private static final long COOPERATIVE_IDS = FIRST_ID + 4_000_000L;
    private static final long TRAINING_IDS = FIRST_ID + 5_000_000L;
    /** Person ids of a region where the registries part left no woman: no name to show, the page still works. */
    private static final long NAMELESS_IDS = 90_000_000L;
    static final int REQUESTS = Math.min(2_000_000, Integer.getInteger("jisr.bench.empRequests", 500_000));
    private static final int COOPERATIVES_PER_PROVINCE = 16;
    private static final int TRAININGS_PER_PROVINCE = 40;
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LAST);
    /** A third of the requests at a stage with milestones (accompaniment to launch). */
    private static final String[] STAGES = {"RECEIVED", "REJECTED", "ACCOMPANIMENT", "ACCEPTED", "FINANCED",
        "LAUNCHED"};
    private static final int[] STAGE_PERCENT = {30, 37, 8, 8, 10, 7};
    private static final String[] SECTORS = {"AGRICULTURE", "AGRIFOOD", "HANDICRAFT", "TEXTILE", "TRADE", "SERVICES",
        "DIGITAL", "TOURISM", "OTHER"};
    private static final String[] PROGRAMMES = {"INDH", "FORSA", "INTELAKA", "ADS", "TAMWILCOM", "MINISTRY", "OTHER"};
    private static final String[] STEPS = {"IDEA", "BUSINESS_PLAN", "LEGAL", "FINANCING", "LAUNCH", "FOLLOW_UP"};

    private EmpowermentData() {
    }

    /** Generates everything unless at least {@link #REQUESTS} generated requests are there. */
    static void fill(Connection c) throws SQLException {
        long have = Benchmark.single(c, "select count(*) from wom_emp_request where id >= " + FIRST_ID);
        if (have >= REQUESTS) {
            System.out.printf("%n[bench] reusing %,d generated funding requests%n", have);
            return;
        }
        System.out.printf("%n[bench] generating %,d funding requests in the 12 regions, with their registrations,"
                + " milestones, cooperatives and training sessions%n", REQUESTS);
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String table : List.of("seat training_id", "training id", "milestone request_id", "request id",
                    "member cooperative_id", "cooperative id", "registration id")) {
                String[] t = table.split(" ");
                s.execute("delete from wom_emp_" + t[0] + " where " + t[1] + " >= " + FIRST_ID);
            }
        }
        c.commit();
        Map<String, String> regionOf = Benchmark.regionOfProvince(c);
        List<String> provinces = new ArrayList<>(regionOf.keySet());
        Map<String, List<String>> provincesOf = new TreeMap<>();
        regionOf.forEach((p, r) -> provincesOf.computeIfAbsent(r, k -> new ArrayList<>()).add(p));
        Random random = new Random(3674);
        cooperatives(c, provinces, regionOf, random);
        Map<String, List<Long>> registered = requests(c, women(c, regionOf), provincesOf, provinces, random);
        int seats = trainings(c, provinces, regionOf, registered, random);
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze table wom_emp_registration, wom_emp_cooperative, wom_emp_member, wom_emp_request,"
                    + " wom_emp_milestone, wom_emp_training, wom_emp_seat");
        }
        System.out.printf("[bench] generated %,d requests (%,d registrations, %,d milestones), %,d training sessions"
                + " with %,d seats in %.0f s%n", REQUESTS, Benchmark.single(c, "select count(*) from"
                + " wom_emp_registration where id >= " + FIRST_ID), Benchmark.single(c, "select count(*) from"
                + " wom_emp_milestone where request_id >= " + FIRST_ID), provinces.size() * TRAININGS_PER_PROVINCE,
                seats, (System.nanoTime() - started) / 1e9);
    }

    /** The registries part's women (person id, province), region by region. */
    private static Map<String, List<Object[]>> women(Connection c, Map<String, String> regionOf) throws SQLException {
        Map<String, List<Object[]>> women = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, province_code from"
                + " ppl_person where id >= " + BenchData.FIRST_ID + " and sex = 'FEMALE' order by id")) {
            while (rs.next()) {
                women.computeIfAbsent(regionOf.get(rs.getString(2)), k -> new ArrayList<>())
                        .add(new Object[] {rs.getLong(1), rs.getString(2)});
            }
        }
        return women;
    }

    private static void cooperatives(Connection c, List<String> provinces, Map<String, String> regionOf,
                                     Random random) throws SQLException {
        try (PreparedStatement coop = c.prepareStatement("insert into wom_emp_cooperative (id, name, registration_no,"
                + " sector, region_code, province_code, founded_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?,"
                + " ?, now(), 'bench')")) {
            for (int p = 0; p < provinces.size(); p++) {
                for (int k = 0; k < COOPERATIVES_PER_PROVINCE; k++) {
                    long id = COOPERATIVE_IDS + (long) p * COOPERATIVES_PER_PROVINCE + k;
                    CaseBenchmark.set(coop, id, "Coopérative féminine " + id, "BENCH-" + id,
                            SECTORS[random.nextInt(SECTORS.length)], regionOf.get(provinces.get(p)), provinces.get(p),
                            LocalDate.of(2005 + random.nextInt(17), 1 + random.nextInt(12), 1));
                    coop.addBatch();
                }
            }
            coop.executeBatch();
        }
        c.commit();
    }

    /**
     * The same number of requests in every region, each from one of the region's registered women (about six
     * registrations for seven requests, fewer where the region has fewer women); returns the registered women
     * by province, for the sessions' seats.
     */
    private static Map<String, List<Long>> requests(Connection c, Map<String, List<Object[]>> women,
                                                    Map<String, List<String>> provincesOf, List<String> provinces,
                                                    Random random) throws SQLException {
        Map<String, List<Long>> registered = new HashMap<>();
        long lap = System.nanoTime();
        int regions = provincesOf.size();
        long request = REQUEST_IDS;
        long registration = FIRST_ID;
        long nameless = NAMELESS_IDS;
        try (PreparedStatement reg = c.prepareStatement("insert into wom_emp_registration (id, person_id, kind, sector,"
                + " activity, region_code, province_code, registered_on, recorded_at, recorded_by) values (?, ?, ?, ?,"
                + " 'Activité génératrice de revenus', ?, ?, ?, now(), 'bench')");
             PreparedStatement member = c.prepareStatement("insert into wom_emp_member (cooperative_id, person_id,"
                     + " joined_on, recorded_by) values (?, ?, ?, 'bench')");
             PreparedStatement req = c.prepareStatement("insert into wom_emp_request (id, person_id, cooperative_id,"
                     + " idea, sector, amount_asked, region_code, province_code, received_on, stage, decided_on,"
                     + " decided_by, reason, adviser, programme, financed_amount, financed_on, recorded_at,"
                     + " recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'bench')");
             PreparedStatement step = c.prepareStatement("insert into wom_emp_milestone (request_id, position, step,"
                     + " planned_on, done_on, still_active, recorded_by) values (?, ?, ?, ?, ?, ?, 'bench')")) {
            int r = 0;
            for (Map.Entry<String, List<String>> e : provincesOf.entrySet()) {
                int count = REQUESTS / regions + (r++ < REQUESTS % regions ? 1 : 0);
                List<Object[]> pool = women.getOrDefault(e.getKey(), List.of());
                int owners = pool.isEmpty() ? count * 6 / 7 : Math.min(pool.size(), count * 6 / 7);
                long[] person = new long[owners];
                String[] province = new String[owners];
                Long[] cooperative = new Long[owners];
                for (int i = 0; i < owners; i++) {
                    person[i] = pool.isEmpty() ? nameless++ : (Long) pool.get(i)[0];
                    province[i] = pool.isEmpty() ? e.getValue().get(random.nextInt(e.getValue().size()))
                            : (String) pool.get(i)[1];
                    boolean coop = random.nextInt(5) == 0;
                    LocalDate on = FIRST.minusDays(90).plusDays(random.nextInt(DAYS));
                    CaseBenchmark.set(reg, registration++, person[i], coop ? "COOPERATIVE_MEMBER" : "SELF_EMPLOYED",
                            SECTORS[random.nextInt(SECTORS.length)], e.getKey(), province[i], on);
                    reg.addBatch();
                    if (coop) {
                        cooperative[i] = COOPERATIVE_IDS + (long) provinces.indexOf(province[i])
                                * COOPERATIVES_PER_PROVINCE + random.nextInt(COOPERATIVES_PER_PROVINCE);
                        CaseBenchmark.set(member, cooperative[i], person[i], on);
                        member.addBatch();
                    }
                    registered.computeIfAbsent(province[i], k -> new ArrayList<>()).add(person[i]);
                }
                for (int k = 0; k < count; k++) {
                    int i = k < owners ? k : random.nextInt(owners);
                    write(req, step, request++, person[i], random.nextBoolean() ? cooperative[i] : null, e.getKey(),
                            province[i], random);
                    if ((request - REQUEST_IDS) % 5_000 == 0) {
                        flush(c, reg, member, req, step);
                    }
                    if ((request - REQUEST_IDS) % 100_000 == 0) {
                        long now = System.nanoTime();
                        System.out.printf("[bench]   %,9d requests, %,7.0f/s now%n", request - REQUEST_IDS,
                                100_000 / ((now - lap) / 1e9));
                        lap = now;
                    }
                }
                flush(c, reg, member, req, step);
            }
        }
        return registered;
    }

    /** One request at a stage drawn in {@link #STAGE_PERCENT}, with its six milestones past the review. */
    private static void write(PreparedStatement req, PreparedStatement step, long id, long person, Long cooperative,
                              String region, String province, Random random) throws SQLException {
        int s = stage(random.nextInt(100));
        String stage = STAGES[s];
        LocalDate received = FIRST.plusDays(random.nextInt(DAYS + 1));
        LocalDate decided = s == 0 ? null : min(received.plusDays(10 + random.nextInt(50)), LAST);
        long asked = (5_000 + random.nextInt(145_001)) / 500 * 500;
        boolean financed = s >= 4;
        LocalDate financedOn = financed ? min(decided.plusDays(30), LAST) : null;
        boolean followed = s >= 2;
        CaseBenchmark.set(req, id, person, cooperative, "Projet générateur de revenus n° " + id,
                SECTORS[random.nextInt(SECTORS.length)], BigDecimal.valueOf(asked), region, province, received, stage,
                decided, decided == null ? null : "bench", s == 1 ? "Dossier incomplet" : null,
                followed ? "bench.adviser." + province.toLowerCase() : null,
                financed ? PROGRAMMES[random.nextInt(PROGRAMMES.length)] : null,
                financed ? BigDecimal.valueOf(asked * (60 + random.nextInt(41)) / 100 / 500 * 500) : null,
                financedOn);
        req.addBatch();
        if (!followed) {
            return;
        }
        int done = switch (stage) {
            case "ACCOMPANIMENT" -> random.nextInt(3);
            case "ACCEPTED" -> 1 + random.nextInt(3);
            case "FINANCED" -> 4;
            default -> 5;
        };
        LocalDate launched = done == 5 ? min(financedOn.plusDays(30 + random.nextInt(60)), LAST) : null;
        boolean followedUp = launched != null && launched.plusYears(1).isBefore(LAST);
        LocalDate day = decided;
        for (int p = 0; p < STEPS.length; p++) {
            LocalDate planned = decided.plusDays(30L * (p + 1));
            LocalDate doneOn = p < Math.min(done, 3) ? min(day.plusDays(random.nextInt(10)), financed ? financedOn
                    : LAST) : p == 3 && done >= 4 ? financedOn : p == 4 && done == 5 ? launched
                    : p == 5 && followedUp ? launched.plusYears(1) : null;
            day = doneOn != null ? doneOn : day;
            CaseBenchmark.set(step, id, p + 1, STEPS[p], planned, doneOn,
                    p == 5 && doneOn != null ? random.nextInt(4) < 3 : null);
            step.addBatch();
        }
    }

    /** {@code TRAININGS_PER_PROVINCE} sessions in every province, seated with its registered women. */
    private static int trainings(Connection c, List<String> provinces, Map<String, String> regionOf,
                                 Map<String, List<Long>> registered, Random random) throws SQLException {
        int seats = 0;
        try (PreparedStatement training = c.prepareStatement("insert into wom_emp_training (id, kind, topic, held_on,"
                + " place, trainer, capacity, region_code, province_code, recorded_at, recorded_by) values (?, ?, ?,"
                + " ?, 'Espace multifonctionnel', 'Formatrice', ?, ?, ?, now(), 'bench')");
             PreparedStatement seat = c.prepareStatement("insert into wom_emp_seat (training_id, person_id,"
                     + " registered_at, attended, recorded_by) values (?, ?, ?, ?, 'bench')")) {
            long id = TRAINING_IDS;
            for (String province : provinces) {
                List<Long> here = registered.getOrDefault(province, List.of());
                for (int k = 0; k < TRAININGS_PER_PROVINCE; k++, id++) {
                    boolean digital = random.nextBoolean();
                    int capacity = 15 + random.nextInt(16);
                    LocalDate held = FIRST.plusDays(random.nextInt(DAYS + 1));
                    CaseBenchmark.set(training, id, digital ? "DIGITAL" : "TRADE", digital
                            ? "Marketing digital et vente en ligne" : "Comptabilité simplifiée", held, capacity,
                            regionOf.get(province), province);
                    training.addBatch();
                    Set<Long> taken = new HashSet<>();
                    int wanted = Math.min(here.size(), capacity * (70 + random.nextInt(31)) / 100);
                    while (taken.size() < wanted) {
                        long person = here.get(random.nextInt(here.size()));
                        if (taken.add(person)) {
                            CaseBenchmark.set(seat, id, person, held.minusDays(7).atTime(10, 0),
                                    random.nextInt(10) < 8);
                            seat.addBatch();
                        }
                    }
                    seats += taken.size();
                }
                training.executeBatch();
                seat.executeBatch();
                c.commit();
            }
        }
        return seats;
    }

    /** The position, in {@link #STAGES}, of the stage whose share holds {@code roll} (0 to 99). */
    private static int stage(int roll) {
        int sum = 0;
        for (int s = 0; s < STAGES.length - 1; s++) {
            sum += STAGE_PERCENT[s];
            if (roll < sum) {
                return s;
            }
        }
        return STAGES.length - 1;
    }

    private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        c.commit();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
