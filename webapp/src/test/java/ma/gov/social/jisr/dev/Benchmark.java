package ma.gov.social.jisr.dev;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.gov.social.jisr.it.FacesClient;
import ma.gov.social.jisr.people.api.PersonNames;

/**
 * The registries' speed at national scale: fills a database of its own (.jisr-bench/) with 10,000
 * centres and 1,000,000 persons, starts the real WAR on Payara Micro, then prints, for the persons list
 * filtered by province and sorted by name, the server's full response time next to the bare SQL the
 * page needs, for the first page and a page 10,000 rows deep; the duplicate check on create; the CSV
 * import rate. Medians of repeated runs, after warm-up. Then the planning job on 100,000 centres
 * ({@link PlanningBenchmark}). -Djisr.bench=registries or =planning runs one part only.
 */
public final class Benchmark {
    private static final int DB_PORT = 3308;
    private static final int HTTP_PORT = 8081;
    private static final int PERSONS = Integer.getInteger("jisr.bench.persons", 1_000_000);
    private static final int CENTRES = Integer.getInteger("jisr.bench.centres", 10_000);
    private static final int IMPORT_LINES = Integer.getInteger("jisr.bench.importLines", 100_000);
    private static final int RUNS = 15;
    private static final String PROVINCE = "MA-CAS";
    private static final long FIRST_ID = 10_000_000L;
    private static final String[][] FIRST_F = {{"فاطمة", "Fatima"}, {"خديجة", "Khadija"}, {"أمينة", "Amina"},
        {"زينب", "Zineb"}, {"مريم", "Meryem"}, {"نادية", "Nadia"}, {"سعاد", "Souad"}, {"حياة", "Hayat"},
        {"سناء", "Sanae"}, {"إيمان", "Imane"}, {"ليلى", "Leila"}, {"سلمى", "Salma"}};
    private static final String[][] FIRST_M = {{"محمد", "Mohamed"}, {"أحمد", "Ahmed"}, {"يوسف", "Youssef"},
        {"عمر", "Omar"}, {"حسن", "Hassan"}, {"كريم", "Karim"}, {"رشيد", "Rachid"}, {"سعيد", "Said"},
        {"عبد الله", "Abdellah"}, {"إدريس", "Driss"}, {"هشام", "Hicham"}, {"مصطفى", "Mustapha"}};
    private static final String[][] LAST = {{"العلوي", "Alaoui"}, {"بناني", "Bennani"}, {"الإدريسي", "Idrissi"},
        {"التازي", "Tazi"}, {"الفاسي", "Fassi"}, {"برادة", "Berrada"}, {"الشرايبي", "Chraibi"}, {"بنجلون", "Benjelloun"},
        {"العمراني", "Amrani"}, {"الوزاني", "Ouazzani"}, {"السقاط", "Sekkat"}, {"الكتاني", "Kettani"},
        {"المنصوري", "Mansouri"}, {"الحسني", "Hassani"}, {"الزياني", "Zyani"}, {"بوزيد", "Bouzid"},
        {"الصقلي", "Skalli"}, {"الرحماني", "Rahmani"}, {"الخطيب", "Khatib"}, {"الناصري", "Naciri"}};

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("jisr.dev.home"));
        Files.createDirectories(home);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(DB_PORT, home.resolve("mariadb").toFile(), true);
        db.createDatabase();
        Process payara = DevServer.startPayara(home, db.jdbcUrl(), "jisr", "unused-on-loopback", true, HTTP_PORT);
        try {
            waitForServer();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "")) {
                // -Djisr.bench=registries|planning|all (default): which part to run
                String part = System.getProperty("jisr.bench", "all");
                if (!"planning".equals(part)) {
                    fill(c);
                    measure(c);
                }
                if (!"registries".equals(part)) {
                    FacesClient admin = new FacesClient(URI.create("http://127.0.0.1:" + HTTP_PORT + "/jisr/"));
                    admin.login("admin", "Jisr-Demo-2026");
                    PlanningBenchmark.run(c, admin, payara.pid());
                }
            }
        } finally {
            payara.destroy();
            payara.waitFor();
            db.stop();
        }
        System.exit(0);
    }

    private static void waitForServer() throws Exception {
        FacesClient probe = new FacesClient(URI.create("http://127.0.0.1:" + HTTP_PORT + "/jisr/"));
        for (int i = 0; i < 240; i++) {
            try {
                if (probe.get("login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // booting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara did not start");
    }

    private static void fill(Connection c) throws SQLException {
        long have = single(c, "select count(*) from ppl_person where id >= " + FIRST_ID);
        if (have >= PERSONS) {
            System.out.printf("[bench] reusing %,d generated persons%n", have);
            return;
        }
        long started = System.nanoTime();
        Map<String, String> regions = regionOfProvince(c);
        List<String> provinces = new ArrayList<>(regions.keySet());
        c.setAutoCommit(false);
        Random random = new Random(42);
        try (Statement s = c.createStatement()) {
            s.execute("delete from cen_inspection where centre_id >= " + FIRST_ID);
            s.execute("delete from cen_centre where id >= " + FIRST_ID);
            s.execute("delete from ppl_person where id >= " + FIRST_ID);
        }
        try (PreparedStatement centre = c.prepareStatement("insert into cen_centre (id, code, name_ar, name_fr, type,"
                + " region_code, province_code, area, managing_body, status, places, latest_score, latest_inspected_on,"
                + " created_at, created_by) values (?, ?, ?, ?, 'FAMILY_SPACE', ?, ?, ?, 'MINISTRY', 'OPEN', 40, ?,"
                + " '2026-01-15', now(), 'bench')")) {
            for (int i = 0; i < CENTRES; i++) {
                String province = provinces.get(i % provinces.size());
                centre.setLong(1, FIRST_ID + i);
                centre.setString(2, "BENCH-" + i);
                centre.setString(3, "فضاء جسر الأسرة " + i);
                centre.setString(4, "Espace Jisr al-Usra " + i);
                centre.setString(5, regions.get(province));
                centre.setString(6, province);
                centre.setString(7, random.nextInt(3) == 0 ? "RURAL" : "URBAN");
                centre.setInt(8, random.nextInt(101));
                centre.addBatch();
            }
            centre.executeBatch();
        }
        c.commit();
        try (PreparedStatement person = c.prepareStatement("insert into ppl_person (id, first_name_ar, last_name_ar,"
                + " first_name_lat, last_name_lat, first_key, last_key, first_key_ar, last_key_ar, sex, birth_year,"
                + " birth_estimated, cin, region_code, province_code, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, now(), 'bench')")) {
            for (int i = 0; i < PERSONS; i++) {
                boolean female = random.nextBoolean();
                String[] first = (female ? FIRST_F : FIRST_M)[random.nextInt(12)];
                String[] last = LAST[random.nextInt(LAST.length)];
                String lastLatin = last[1] + (i % 50 == 0 ? "" : " " + (char) ('A' + random.nextInt(26)));
                String province = provinces.get(random.nextInt(provinces.size()));
                person.setLong(1, FIRST_ID + i);
                person.setString(2, first[0]);
                person.setString(3, last[0]);
                person.setString(4, first[1]);
                person.setString(5, lastLatin);
                person.setString(6, PersonNames.latinKey(first[1]));
                person.setString(7, PersonNames.latinKey(lastLatin));
                person.setString(8, PersonNames.arabicKey(first[0]));
                person.setString(9, PersonNames.arabicKey(last[0]));
                person.setString(10, female ? "FEMALE" : "MALE");
                person.setInt(11, 1930 + random.nextInt(95));
                person.setString(12, i % 3 == 0 ? null : "Z" + (100000 + i));
                person.setString(13, regions.get(province));
                person.setString(14, province);
                person.addBatch();
                if (i % 5000 == 4999) {
                    person.executeBatch();
                    c.commit();
                }
            }
            person.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        c.createStatement().execute("analyze table ppl_person, cen_centre");
        System.out.printf("[bench] generated %,d centres and %,d persons in %.0f s%n", CENTRES, PERSONS,
                (System.nanoTime() - started) / 1e9);
    }

    private static void measure(Connection c) throws Exception {
        FacesClient admin = new FacesClient(URI.create("http://127.0.0.1:" + HTTP_PORT + "/jisr/"));
        admin.login("admin", "Jisr-Demo-2026");
        String path = "people/persons.xhtml";
        String page = admin.get(path).body();
        page = admin.submit(path, page, "persons", Map.of("province_input", PROVINCE), "search").body();
        long matching = single(c, "select count(*) from ppl_person where province_code = '" + PROVINCE
                + "' and merged_into is null");
        System.out.printf("%n[bench] persons list, filter province %s (%,d persons of %,d), sort by family name%n",
                PROVINCE, matching, single(c, "select count(*) from ppl_person"));
        System.out.println("[bench] depth   server response   page SQL (deferred join)   bare SQL (offset)   response/bare");
        // the fixed cost of any ajax round trip (restore the view, render a message area, HTTP on loopback)
        String state0 = page;
        double roundTrip = median(() -> timed(() -> admin.ajax(path, state0, "persons", Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "persons:messages",
                "jakarta.faces.partial.execute", "@none", "jakarta.faces.partial.render", "persons:messages"))));
        System.out.printf("[bench] empty ajax round trip (no query): %.1f ms%n", roundTrip);
        for (int depth : new int[] {0, 10_000}) {
            String state = page;
            double server = median(() -> timed(() -> admin.ajax(path, state, "persons", paging(depth))));
            String where = " where merged_into is null and province_code = '" + PROVINCE + "'";
            String order = " order by last_name_lat asc, first_name_lat asc, id asc";
            String cols = "p.id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat, p.sex,"
                    + " p.birth_date, p.birth_year, p.cin, p.province_code";
            double deferred = median(() -> timedSql(c, "select " + cols + " from ppl_person p join (select id from"
                    + " ppl_person" + where + order + " limit " + depth + ", 25) k on k.id = p.id order by"
                    + " p.last_name_lat, p.first_name_lat, p.id"));
            double bare = median(() -> timedSql(c, "select " + cols + " from ppl_person p" + where + order
                    + " limit " + depth + ", 25"));
            System.out.printf("[bench] %,6d   %10.1f ms   %14.1f ms   %17.1f ms   %8.1fx%n", depth, server, deferred,
                    bare, server / bare);
        }
        System.out.printf("[bench] count once per search (capped at 100,001): %.1f ms SQL%n", median(() -> timedSql(c,
                "select count(*) from (select 1 from ppl_person where merged_into is null and province_code = '"
                        + PROVINCE + "' limit 100001) t")));
        measureDuplicateCheck(admin);
        measureImport(admin, c);
    }

    private static Map<String, String> paging(int first) {
        Map<String, String> p = new HashMap<>();
        p.put("jakarta.faces.partial.ajax", "true");
        p.put("jakarta.faces.source", "persons:list");
        p.put("jakarta.faces.partial.execute", "persons:list");
        p.put("jakarta.faces.partial.render", "persons:list");
        p.put("persons:list", "persons:list");
        p.put("persons:list_pagination", "true");
        p.put("persons:list_first", Integer.toString(first));
        p.put("persons:list_rows", "25");
        p.put("persons:list_skipChildren", "true");
        p.put("persons:list_encodeFeature", "true");
        return p;
    }

    private static void measureDuplicateCheck(FacesClient admin) throws Exception {
        String path = "people/personEdit.xhtml";
        Map<String, String> similar = Map.of("firstNameAr", "محمد", "lastNameAr", "العلوي", "firstNameLatin",
                "Mhamed", "lastNameLatin", "El Alaoui", "sex", "MALE", "birthYear_hinput", "1980",
                "birthYear_input", "1980", "province_input", PROVINCE);
        double ms = median(() -> {
            String form = admin.get(path).body();
            return timed(() -> {
                HttpResponse<String> r = admin.submit(path, form, "person", similar, "save");
                if (!r.body().contains("person:candidates")) {
                    throw new IllegalStateException("no duplicate warning");
                }
                return r;
            });
        });
        System.out.printf("[bench] create with duplicate check (similar name, warned, nothing saved): %.1f ms"
                + " server response%n", ms);
    }

    private static void measureImport(FacesClient admin, Connection c) throws Exception {
        StringBuilder csv = new StringBuilder("first_name_ar,last_name_ar,first_name_latin,last_name_latin,sex,"
                + "estimated_birth_year,cin,province\n");
        for (int i = 0; i < IMPORT_LINES; i++) {
            csv.append("سلمى,البنشي,Salma,Benchi ").append(letters(i)).append(",F,1990,Y").append(100000 + i)
                    .append(",MA-RAB\n");
        }
        String path = "imports/import.xhtml?module=people";
        String page = admin.get(path).body();
        long before = single(c, "select count(*) from ppl_person where last_name_lat like 'Benchi %'");
        long started = System.nanoTime();
        String following = admin.upload(path, page, "upload", "file", "bench.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "start").body();
        if (!following.contains("id=\"follow\"")) {
            throw new IllegalStateException("the import did not start");
        }
        long saved = 0;
        while (saved < before + IMPORT_LINES && System.nanoTime() - started < 900e9) {
            Thread.sleep(500);
            saved = single(c, "select count(*) from ppl_person where last_name_lat like 'Benchi %'");
            String report = admin.submit(path, following, "follow", Map.of(), "report").body();
            if (!report.startsWith("<") && report.lines().count() > 1) {
                throw new IllegalStateException("the benchmark's file was refused:\n"
                        + report.lines().limit(5).collect(java.util.stream.Collectors.joining("\n")));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[bench] CSV import of %,d persons (all checked, then saved in chunks of 1,000): %.1f s,"
                + " %,.0f lines/s%n", IMPORT_LINES, seconds, IMPORT_LINES / seconds);
        c.createStatement().execute("delete from ppl_person where last_name_lat like 'Benchi %'");
    }

    /** A family-name suffix of letters only (names do not take digits): 0 -> "a", 27 -> "bb". */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    interface Timed {
        double run() throws Exception;
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static double timed(Call call) throws Exception {
        long t = System.nanoTime();
        call.call();
        return (System.nanoTime() - t) / 1e6;
    }

    static double timedSql(Connection c, String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    static double median(Timed timed) throws Exception {
        for (int i = 0; i < 3; i++) {
            timed.run();
        }
        double[] samples = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            samples[i] = timed.run();
        }
        Arrays.sort(samples);
        return samples[RUNS / 2];
    }

    /** Every province's region, provinces in code order. */
    static Map<String, String> regionOfProvince(Connection c) throws SQLException {
        Map<String, String> regions = new LinkedHashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("select code, region_code from plt_province order by code")) {
            while (rs.next()) {
                regions.put(rs.getString(1), rs.getString(2));
            }
        }
        return regions;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
