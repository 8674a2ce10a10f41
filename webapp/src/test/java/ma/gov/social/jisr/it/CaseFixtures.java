package ma.gov.social.jisr.it;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Women's and children's cases and shelters written straight into MariaDB, for tests about who may open what: the same
 * rows the kernel and the women's module write (a case, its first step, its intake). Ids are far above the
 * server's, as in {@link Seed}.
 */
final class CaseFixtures {
    private static final long FAR = 5_000_000L;

    private CaseFixtures() {
    }

    /** An open women's shelter with {@code beds} beds. */
    static long shelter(String code, String province, int beds) throws SQLException {
        long id = Seed.centre(code, "مركز إيواء " + code, "Centre d'hébergement " + code, province, 34.0, -6.8);
        ItAccounts.execute("update jisr.cen_centre set type = 'WOMEN_SHELTER', beds = ? where id = ?", beds, id);
        return id;
    }

    /** A women's case at REGISTERED, opened a week ago, held by {@code centre}, with its intake. */
    static long womanCase(long person, long centre, String worker, String supervisor, boolean restricted)
            throws SQLException {
        long id = kernelCase("women", "FEM-IT-", person, centre, worker, supervisor, restricted);
        ItAccounts.execute("insert into jisr.wom_intake (case_id, intake_on, channel, kinds, perpetrator, region_code,"
                + " province_code, recorded_at, recorded_by) select id, opened_on, 'WALK_IN', 'PHYSICAL', 'HUSBAND',"
                + " region_code, province_code, now(), 'it' from jisr.cas_case where id = ?", id);
        return id;
    }

    /** A child's case at REGISTERED, opened a week ago, with its identification (the child born in 2015). */
    static long childCase(long person, long centre, String worker, String supervisor, boolean restricted)
            throws SQLException {
        long id = kernelCase("children", "ENF-IT-", person, centre, worker, supervisor, restricted);
        ItAccounts.execute("insert into jisr.chi_identification (case_id, identified_on, source, situations,"
                + " immediate_danger, sex, adult_on, region_code, province_code, recorded_at, recorded_by) select id,"
                + " opened_on, 'SCHOOL', 'NEGLECT', false, 'MALE', '2033-12-31', region_code, province_code, now(),"
                + " 'it' from jisr.cas_case where id = ?", id);
        return id;
    }

    /** A centre of the registry of that type (and beds), in the province. */
    static long centreOfType(String code, String province, String type, int beds) throws SQLException {
        long id = Seed.centre(code, "مركز " + code, "Centre " + code, province, 34.0, -6.8);
        ItAccounts.execute("update jisr.cen_centre set type = ?, beds = ? where id = ?", type, beds, id);
        return id;
    }

    private static long kernelCase(String module, String prefix, long person, long centre, String worker,
                                   String supervisor, boolean restricted) throws SQLException {
        try (Connection c = ItDatabase.connect()) {
            long id;
            try (ResultSet rs = c.createStatement().executeQuery("select nextval(jisr.cas_case_seq)")) {
                rs.next();
                id = rs.getLong(1) + FAR;
            }
            String region;
            String province;
            try (PreparedStatement s = c.prepareStatement("select region_code, province_code from jisr.cen_centre"
                    + " where id = ?")) {
                s.setLong(1, centre);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    region = rs.getString(1);
                    province = rs.getString(2);
                }
            }
            LocalDate opened = LocalDate.now().minusDays(7);
            execute(c, "insert into jisr.cas_case (id, module, reference, person_id, initials, centre_id, region_code,"
                    + " province_code, worker, supervisor, restricted, step, opened_on, created_at, created_by, updated_at,"
                    + " updated_by) values (?, ?, ?, ?, 'X. Y.', ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, 'it', ?, 'it')",
                    id, module, prefix + id, person, centre, region, province, worker, supervisor, restricted, opened,
                    LocalDateTime.now(), LocalDateTime.now());
            execute(c, "insert into jisr.cas_step (case_id, to_step, note, at, by_user) values (?, 'REGISTERED',"
                    + " 'opened', ?, 'it')", id, LocalDateTime.now());
            return id;
        }
    }

    /**
     * Sends the requests together while a test connection holds a lock on the rows {@code lockSql} selects
     * (for update), waits until every one of them waits on that lock, then lets them go: they meet at the
     * same row at the same moment, as two workers clicking at once would.
     */
    @SafeVarargs
    static List<HttpResponse<String>> atOnce(String lockSql, Callable<HttpResponse<String>>... requests)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            try (Connection lock = ItDatabase.connect()) {
                lock.setAutoCommit(false);
                lock.createStatement().executeQuery(lockSql + " for update");
                for (Callable<HttpResponse<String>> request : requests) {
                    sent.add(pool.submit(request));
                }
                boolean waiting = false;
                for (int i = 0; i < 300 && !waiting; i++) {
                    waiting = ItDatabase.number("select count(*) from information_schema.innodb_trx"
                            + " where trx_state = 'LOCK WAIT'") >= requests.length;
                    Thread.sleep(waiting ? 0 : 100);
                }
                if (!waiting) {
                    throw new AssertionError("the requests never met at the locked row");
                }
                lock.commit();
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
