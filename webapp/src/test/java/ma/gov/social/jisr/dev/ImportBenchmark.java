package ma.gov.social.jisr.dev;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import ma.gov.social.jisr.it.FacesClient;
import ma.gov.social.jisr.people.api.PersonNames;

/**
 * The CSV import of persons through the screen (upload, every line checked, then saved), next to what the
 * same database takes for the same rows written by bare JDBC in batches: the floor the import's checks
 * and bookkeeping are measured against.
 */
final class ImportBenchmark {
    private static final int LINES = Integer.getInteger("jisr.bench.importLines", 100_000);
    private static final int BATCH = 1_000;
    /** Far above the generated persons and the registry's sequence: the bare rows never meet another id. */
    private static final long BARE_FIRST_ID = 900_000_000L;
    private static final Set<String> RUNNING = Set.of("VALIDATING", "SAVING", "UNDOING");

    private ImportBenchmark() {
    }

    static void run(Connection c, FacesClient admin) throws Exception {
        clean(c);
        double imported = importThroughScreen(c, admin);
        clean(c);
        double bare = bareJdbc(c);
        clean(c);
        System.out.printf("[bench] bare JDBC, same %,d rows into ppl_person (batches of %,d, one commit each):"
                + " %,.0f rows/s%n", LINES, BATCH, bare);
        System.out.printf("[bench] import / bare JDBC: %.2f (%.0f%% of the bare rate)%n", imported / bare,
                100 * imported / bare);
    }

    /** The import's rate in lines per second, from the upload to the end of saving. */
    private static double importThroughScreen(Connection c, FacesClient admin) throws Exception {
        StringBuilder csv = new StringBuilder("first_name_ar,last_name_ar,first_name_latin,last_name_latin,sex,"
                + "estimated_birth_year,cin,province\n");
        for (int i = 0; i < LINES; i++) {
            csv.append("سلمى,").append(arabicLast(i)).append(",Salma,").append(latinLast(i)).append(",F,1990,Y")
                    .append(100000 + i).append(",MA-RAB\n");
        }
        String fileName = "bench-" + System.currentTimeMillis() + ".csv";
        String path = "platform/imports/import.xhtml?module=people";
        String page = admin.get(path).body();
        long started = System.nanoTime();
        String following = admin.upload(path, page, "upload", "file", fileName,
                csv.toString().getBytes(StandardCharsets.UTF_8), "start").body();
        if (!following.contains("id=\"follow\"")) {
            throw new IllegalStateException("the import did not start");
        }
        String state = null;
        while (System.nanoTime() - started < 900e9) {
            state = stateOf(c, fileName);
            if (state != null && !RUNNING.contains(state)) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long saved = Benchmark.single(c, "select count(*) from ppl_person where last_name_lat like 'Benchi %'");
        if (!"DONE".equals(state) || saved != LINES) {
            throw new IllegalStateException("the benchmark's import ended " + state + " with " + saved + " of "
                    + LINES + " persons saved (see the server log and plt_import_problem)");
        }
        System.out.printf("%n[bench] CSV import of %,d persons (upload, all checked, then saved): %.1f s,"
                + " %,.0f lines/s%n", LINES, seconds, LINES / seconds);
        return LINES / seconds;
    }

    private static String stateOf(Connection c, String fileName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select state from plt_import where file_name = ?"
                + " order by started_at desc limit 1")) {
            s.setString(1, fileName);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The same rows (names, keys, CINs, territory) straight into ppl_person; rows per second. */
    private static double bareJdbc(Connection c) throws SQLException {
        String region = Benchmark.regionOfProvince(c).get("MA-RAB");
        String firstKey = PersonNames.latinKey("Salma");
        String firstKeyAr = PersonNames.arabicKey("سلمى");
        long started = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into ppl_person (id, first_name_ar, last_name_ar,"
                + " first_name_lat, last_name_lat, first_key, last_key, first_key_ar, last_key_ar, sex, birth_year,"
                + " birth_estimated, cin, region_code, province_code, created_at, created_by)"
                + " values (?, 'سلمى', ?, 'Salma', ?, ?, ?, ?, ?, 'FEMALE', 1990, true, ?, ?, 'MA-RAB', now(3),"
                + " 'bench')")) {
            for (int i = 0; i < LINES; i++) {
                String last = latinLast(i);
                String lastAr = arabicLast(i);
                insert.setLong(1, BARE_FIRST_ID + i);
                insert.setString(2, lastAr);
                insert.setString(3, last);
                insert.setString(4, firstKey);
                insert.setString(5, PersonNames.latinKey(last));
                insert.setString(6, firstKeyAr);
                insert.setString(7, PersonNames.arabicKey(lastAr));
                insert.setString(8, "Y" + (100000 + i));
                insert.setString(9, region);
                insert.addBatch();
                if (i % BATCH == BATCH - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return LINES / ((System.nanoTime() - started) / 1e9);
    }

    private static void clean(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from ppl_person where last_name_lat like 'Benchi %'");
        }
    }

    /**
     * A family name of its own for each line, so that no line is held as the same person as another: names
     * take no digits, so the number is written in consonants that no spelling rule merges, each followed
     * by a vowel (doubled letters count as one): "Benchi ba", "Benchi da", ... "Benchi bada".
     */
    private static String latinLast(int n) {
        return "Benchi " + spelled(n, "bdfgjklmnprstvz", 'a');
    }

    /** The same in Arabic script: letters the Arabic key keeps as they are, each followed by an alef. */
    private static String arabicLast(int n) {
        return "البنشي " + spelled(n, "بتثجحخدذرزسشصضطظعغفقكلمن", 'ا');
    }

    private static String spelled(int n, String digits, char vowel) {
        StringBuilder s = new StringBuilder();
        int rest = n;
        do {
            s.append(digits.charAt(rest % digits.length())).append(vowel);
            rest /= digits.length();
        } while (rest > 0);
        return s.toString();
    }
}
