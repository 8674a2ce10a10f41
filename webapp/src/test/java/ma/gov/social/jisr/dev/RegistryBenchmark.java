package ma.gov.social.jisr.dev;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import ma.gov.social.jisr.it.FacesClient;
import ma.gov.social.jisr.people.api.PersonNames;

/**
 * The persons list at national scale: what any ajax round trip costs with nothing to do (restore the view,
 * render a message area, the filters and the security checks of every request), then the list filtered by
 * province and sorted by name, first page, 10,000 rows deep and the page after that one (a keyset seek), next
 * to the bare SQL those pages need; the count of a search; the duplicate check on create. The round trip and the first page are measured twice:
 * cold, just after the server started (the JVM still interprets and compiles the code every request runs),
 * and warm, after a warm-up of a few thousand requests, as a server that has been in use answers.
 */
final class RegistryBenchmark {
    private static final String PATH = "people/persons.xhtml";
    private static final String PROVINCE = "MA-CAS";
    /** Samples of the empty round trip just after the server started. */
    private static final int COLD_ROUND_TRIPS = 200;
    /** Samples of the warm empty round trip: it is short, so many more than the pages' runs. */
    private static final int ROUND_TRIPS = Integer.getInteger("jisr.bench.roundTrips", 1_000);
    /** Rounds of warm-up (empty round trip, page turn, every fourth a full page) between cold and warm. */
    private static final int WARMUP = Integer.getInteger("jisr.bench.warmup", 3_000);

    private RegistryBenchmark() {
    }

    static void run(Connection c, FacesClient admin, long payaraPid) throws Exception {
        String page = admin.get(PATH).body();
        page = admin.submit(PATH, page, "persons", Map.of("province_input", PROVINCE), "search").body();
        String state = page;
        long matching = Benchmark.single(c, "select count(*) from ppl_person where province_code = '" + PROVINCE
                + "' and merged_into is null");
        System.out.printf("%n[bench] persons list, filter province %s (%,d persons of %,d), sort by family name%n",
                PROVINCE, matching, Benchmark.single(c, "select count(*) from ppl_person"));
        double[] cold = Benchmark.samples(COLD_ROUND_TRIPS, () -> Benchmark.timed(() -> emptyRoundTrip(admin, state)));
        double coldPage = Benchmark.median(() -> Benchmark.timed(() -> ok(admin.ajax(PATH, state, "persons",
                paging(0)), "persons:list")));
        System.out.printf("[bench] cold server (just started): empty ajax round trip %.1f ms (median of the first %d;"
                + " 90th percentile %.1f ms), first page %.1f ms (median of the next %d)%n", cold[cold.length / 2],
                cold.length, cold[cold.length * 9 / 10], coldPage, Benchmark.RUNS);
        warmUp(admin, state);
        long cpuBefore = cpuMillis(payaraPid);
        double[] roundTrip = Benchmark.samples(ROUND_TRIPS, () -> Benchmark.timed(() -> emptyRoundTrip(admin, state)));
        double cpuPerTrip = (cpuMillis(payaraPid) - cpuBefore) / (double) (ROUND_TRIPS + 3);
        System.out.println("[bench] depth   server response   page SQL (deferred join)   bare SQL (offset)   response/bare");
        double firstBare = 0;
        String where = " where merged_into is null and province_code = '" + PROVINCE + "'";
        String order = " order by last_name_lat asc, first_name_lat asc, id asc";
        String cols = "p.id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat, p.sex,"
                + " p.birth_date, p.birth_year, p.cin, p.province_code";
        for (int depth : new int[] {0, 10_000}) {
            double server = Benchmark.median(() -> Benchmark.timed(() -> ok(admin.ajax(PATH, state, "persons",
                    paging(depth)), "persons:list")));
            double deferred = Benchmark.median(() -> Benchmark.timedSql(c, "select " + cols + " from ppl_person p"
                    + " join (select id from ppl_person" + where + order + " limit " + depth + ", 25) k on k.id = p.id"
                    + " order by p.last_name_lat, p.first_name_lat, p.id"));
            double bare = Benchmark.median(() -> Benchmark.timedSql(c, "select " + cols + " from ppl_person p" + where
                    + order + " limit " + depth + ", 25"));
            firstBare = depth == 0 ? bare : firstBare;
            System.out.printf("[bench] %,6d   %10.1f ms   %14.1f ms   %17.1f ms   %8.1fx%n", depth, server, deferred,
                    bare, server / bare);
        }
        nextPage(c, admin, state, where, order, cols);
        System.out.printf("[bench] empty ajax round trip (no query): %.1f ms (median of %d; 90th percentile %.1f ms),"
                        + " %.1fx the first page's bare SQL%n", roundTrip[roundTrip.length / 2], roundTrip.length,
                roundTrip[roundTrip.length * 9 / 10], roundTrip[roundTrip.length / 2] / firstBare);
        System.out.printf("[bench] Payara's CPU time per empty round trip: %.2f ms%n", cpuPerTrip);
        // last: each GET makes a new view, and enough of them push the view measured above out of the session
        System.out.printf("[bench] full page load (GET: layout, menu, first 25 rows): %.1f ms%n", Benchmark.median(
                () -> Benchmark.timed(() -> ok(admin.get(PATH), "id=\"persons:list\""))));
        System.out.printf("[bench] count once per search (capped at 100,001): %.1f ms SQL%n", Benchmark.median(() ->
                Benchmark.timedSql(c, "select count(*) from (select 1 from ppl_person where merged_into is null and"
                        + " province_code = '" + PROVINCE + "' limit 100001) t")));
        duplicateCheck(c, admin);
    }

    /**
     * The page after the deep one, moved to from it: the list seeks past the last row shown (keyset, see
     * PageRequest.after) where a jump there would count off 10,025 rows.
     */
    private static void nextPage(Connection c, FacesClient admin, String state, String where, String order,
                                 String cols) throws Exception {
        double server = Benchmark.median(() -> {
            ok(admin.ajax(PATH, state, "persons", paging(10_000)), "persons:list");
            return Benchmark.timed(() -> ok(admin.ajax(PATH, state, "persons", paging(10_025)), "persons:list"));
        });
        String last;
        String first;
        long id;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select last_name_lat, first_name_lat,"
                + " id from ppl_person" + where + order + " limit 10024, 1")) {
            rs.next();
            last = rs.getString(1).replace("'", "''");
            first = rs.getString(2).replace("'", "''");
            id = rs.getLong(3);
        }
        String seek = " and last_name_lat >= '" + last + "' and (last_name_lat > '" + last + "' or (last_name_lat = '"
                + last + "' and (first_name_lat > '" + first + "' or (first_name_lat = '" + first + "' and id > " + id
                + "))))";
        double sql = Benchmark.median(() -> Benchmark.timedSql(c, "select " + cols + " from ppl_person p join (select id"
                + " from ppl_person" + where + seek + order + " limit 25) k on k.id = p.id order by p.last_name_lat,"
                + " p.first_name_lat, p.id"));
        System.out.printf("[bench] next page after 10,000 (keyset): %.1f ms server response, %.1f ms page SQL%n",
                server, sql);
    }

    /** A PrimeFaces ajax call that executes nothing and renders only the (empty) message area. */
    private static HttpResponse<String> emptyRoundTrip(FacesClient admin, String state) throws Exception {
        return ok(admin.ajax(PATH, state, "persons", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "persons:messages", "jakarta.faces.partial.execute", "@none",
                "jakarta.faces.partial.render", "persons:messages")), "persons:messages");
    }

    /** The CPU time a process has used (user and system), from /proc, in clock ticks of 10 ms. */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static void warmUp(FacesClient admin, String state) throws Exception {
        long started = System.nanoTime();
        for (int i = 0; i < WARMUP; i++) {
            emptyRoundTrip(admin, state);
            ok(admin.ajax(PATH, state, "persons", paging(i % 2 == 0 ? 0 : 25)), "persons:list");
            if (i % 4 == 0) {
                ok(admin.get(PATH), "id=\"persons:list\"");
            }
        }
        System.out.printf("[bench] warm-up: %,d rounds (empty round trip, page turn, every fourth a full page) in"
                + " %.0f s; from here on, a warm server%n", WARMUP, (System.nanoTime() - started) / 1e9);
    }

    /**
     * A refused or expired request is fast and would flatter the figures: fail unless the answer holds what
     * was asked for (an error page comes as a 200 whose update replaces the whole view).
     */
    private static HttpResponse<String> ok(HttpResponse<String> response, String expected) {
        if (response.statusCode() != 200 || !response.body().contains(expected)
                || response.body().contains("jakarta.faces.ViewRoot")) {
            throw new IllegalStateException("unexpected answer " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
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

    private static void duplicateCheck(Connection c, FacesClient admin) throws Exception {
        // one certain candidate, whatever the size of the generated data
        try (PreparedStatement s = c.prepareStatement("insert ignore into ppl_person (id, first_name_ar, last_name_ar,"
                + " first_name_lat, last_name_lat, first_key, last_key, first_key_ar, last_key_ar, sex, birth_year,"
                + " birth_estimated, region_code, province_code, created_at, created_by) select 899999999, 'محمد',"
                + " 'العلوي', 'Mohamed', 'Alaoui', ?, ?, ?, ?, 'MALE', 1980, true, region_code, code, now(), 'bench'"
                + " from plt_province where code = ?")) {
            s.setString(1, PersonNames.latinKey("Mohamed"));
            s.setString(2, PersonNames.latinKey("Alaoui"));
            s.setString(3, PersonNames.arabicKey("محمد"));
            s.setString(4, PersonNames.arabicKey("العلوي"));
            s.setString(5, PROVINCE);
            s.executeUpdate();
        }
        String path = "people/personEdit.xhtml";
        Map<String, String> similar = Map.of("firstNameAr", "محمد", "lastNameAr", "العلوي", "firstNameLatin",
                "Mhamed", "lastNameLatin", "El Alaoui", "sex", "MALE", "birthYear_hinput", "1980",
                "birthYear_input", "1980", "province_input", PROVINCE);
        double ms = Benchmark.median(() -> {
            String form = admin.get(path).body();
            return Benchmark.timed(() -> {
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
}
