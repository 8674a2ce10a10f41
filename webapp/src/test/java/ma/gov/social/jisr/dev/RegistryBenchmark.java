package ma.gov.social.jisr.dev;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import ma.gov.social.jisr.it.FacesClient;

/**
 * The persons list at national scale: what any ajax round trip costs with nothing to do (restore the view,
 * render a message area, the filters and the security checks of every request), then the list filtered by
 * province and sorted by name, first page and 10,000 rows deep, next to the bare SQL those pages need; the
 * count of a search; the duplicate check on create.
 */
final class RegistryBenchmark {
    private static final String PATH = "people/persons.xhtml";
    private static final String PROVINCE = "MA-CAS";
    /** Samples of the empty round trip: it is short, so many more than the pages' 15. */
    private static final int ROUND_TRIPS = Integer.getInteger("jisr.bench.roundTrips", 200);
    /** Unmeasured rounds (empty round trip, page turn, full page) before measuring: load for a profiler. */
    private static final int SOAK = Integer.getInteger("jisr.bench.soak", 0);

    private RegistryBenchmark() {
    }

    static void run(Connection c, FacesClient admin) throws Exception {
        String page = admin.get(PATH).body();
        page = admin.submit(PATH, page, "persons", Map.of("province_input", PROVINCE), "search").body();
        String state = page;
        if (SOAK > 0) {
            soak(admin, state);
        }
        long matching = Benchmark.single(c, "select count(*) from ppl_person where province_code = '" + PROVINCE
                + "' and merged_into is null");
        System.out.printf("%n[bench] persons list, filter province %s (%,d persons of %,d), sort by family name%n",
                PROVINCE, matching, Benchmark.single(c, "select count(*) from ppl_person"));
        double[] roundTrip = Benchmark.samples(ROUND_TRIPS, () -> Benchmark.timed(() -> emptyRoundTrip(admin, state)));
        double fullPage = Benchmark.median(() -> Benchmark.timed(() -> admin.get(PATH)));
        System.out.println("[bench] depth   server response   page SQL (deferred join)   bare SQL (offset)   response/bare");
        double firstBare = 0;
        for (int depth : new int[] {0, 10_000}) {
            double server = Benchmark.median(() -> Benchmark.timed(() -> ok(admin.ajax(PATH, state, "persons",
                    paging(depth)))));
            String where = " where merged_into is null and province_code = '" + PROVINCE + "'";
            String order = " order by last_name_lat asc, first_name_lat asc, id asc";
            String cols = "p.id, p.first_name_ar, p.last_name_ar, p.first_name_lat, p.last_name_lat, p.sex,"
                    + " p.birth_date, p.birth_year, p.cin, p.province_code";
            double deferred = Benchmark.median(() -> Benchmark.timedSql(c, "select " + cols + " from ppl_person p"
                    + " join (select id from ppl_person" + where + order + " limit " + depth + ", 25) k on k.id = p.id"
                    + " order by p.last_name_lat, p.first_name_lat, p.id"));
            double bare = Benchmark.median(() -> Benchmark.timedSql(c, "select " + cols + " from ppl_person p" + where
                    + order + " limit " + depth + ", 25"));
            firstBare = depth == 0 ? bare : firstBare;
            System.out.printf("[bench] %,6d   %10.1f ms   %14.1f ms   %17.1f ms   %8.1fx%n", depth, server, deferred,
                    bare, server / bare);
        }
        System.out.printf("[bench] empty ajax round trip (no query): %.1f ms (median of %d; 90th percentile %.1f ms),"
                        + " %.1fx the first page's bare SQL%n", roundTrip[roundTrip.length / 2], roundTrip.length,
                roundTrip[roundTrip.length * 9 / 10], roundTrip[roundTrip.length / 2] / firstBare);
        System.out.printf("[bench] full page load (GET, layout and menu, first 25 rows): %.1f ms%n", fullPage);
        System.out.printf("[bench] count once per search (capped at 100,001): %.1f ms SQL%n", Benchmark.median(() ->
                Benchmark.timedSql(c, "select count(*) from (select 1 from ppl_person where merged_into is null and"
                        + " province_code = '" + PROVINCE + "' limit 100001) t")));
        duplicateCheck(admin);
    }

    /** A PrimeFaces ajax call that executes nothing and renders only the (empty) message area. */
    private static HttpResponse<String> emptyRoundTrip(FacesClient admin, String state) throws Exception {
        return ok(admin.ajax(PATH, state, "persons", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "persons:messages", "jakarta.faces.partial.execute", "@none",
                "jakarta.faces.partial.render", "persons:messages")));
    }

    private static void soak(FacesClient admin, String state) throws Exception {
        long started = System.nanoTime();
        for (int i = 0; i < SOAK; i++) {
            emptyRoundTrip(admin, state);
            ok(admin.ajax(PATH, state, "persons", paging(i % 2 == 0 ? 0 : 25)));
            if (i % 4 == 0) {
                ok(admin.get(PATH));
            }
        }
        System.out.printf("[bench] soak: %,d rounds in %.0f s%n", SOAK, (System.nanoTime() - started) / 1e9);
    }

    /** A refused or expired request is fast and would flatter the figures: fail instead. */
    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.body().contains("<error>")
                || response.body().contains("<redirect")) {
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

    private static void duplicateCheck(FacesClient admin) throws Exception {
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
