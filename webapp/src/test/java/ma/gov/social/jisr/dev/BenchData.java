package ma.gov.social.jisr.dev;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.gov.social.jisr.people.api.PersonNames;

/**
 * The registries' data at national scale, written straight into the benchmark's database (ids from
 * {@link #FIRST_ID}) and kept for the next run: centres in every province, and persons with Arabic and
 * Latin names. Generation takes minutes at a million persons, so it says how far it is.
 */
final class BenchData {
    static final long FIRST_ID = 10_000_000L;
    private static final int PROGRESS_EVERY = 100_000;
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

    private BenchData() {
    }

    /** Generates the centres and persons unless at least {@code persons} generated persons are there. */
    static void fill(Connection c, int centres, int persons) throws SQLException {
        long have = Benchmark.single(c, "select count(*) from ppl_person where id >= " + FIRST_ID);
        if (have >= persons) {
            System.out.printf("[bench] reusing %,d generated persons%n", have);
            return;
        }
        System.out.printf("[bench] generating %,d centres and %,d persons (progress every %,d)%n", centres, persons,
                PROGRESS_EVERY);
        long started = System.nanoTime();
        Map<String, String> regions = Benchmark.regionOfProvince(c);
        List<String> provinces = new ArrayList<>(regions.keySet());
        c.setAutoCommit(false);
        Random random = new Random(42);
        try (Statement s = c.createStatement()) {
            s.execute("delete from cen_inspection where centre_id >= " + FIRST_ID);
            s.execute("delete from cen_centre where id >= " + FIRST_ID);
            s.execute("delete from ppl_person where id >= " + FIRST_ID);
        }
        c.commit();
        centres(c, centres, provinces, regions, random);
        persons(c, persons, provinces, regions, random, started);
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze table ppl_person, cen_centre");
        }
        System.out.printf("[bench] generated %,d centres and %,d persons in %.0f s%n", centres, persons,
                (System.nanoTime() - started) / 1e9);
    }

    private static void centres(Connection c, int count, List<String> provinces, Map<String, String> regions,
                                Random random) throws SQLException {
        try (PreparedStatement centre = c.prepareStatement("insert into cen_centre (id, code, name_ar, name_fr, type,"
                + " region_code, province_code, area, managing_body, status, places, latest_score, latest_inspected_on,"
                + " created_at, created_by) values (?, ?, ?, ?, 'FAMILY_SPACE', ?, ?, ?, 'MINISTRY', 'OPEN', 40, ?,"
                + " '2026-01-15', now(), 'bench')")) {
            for (int i = 0; i < count; i++) {
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
    }

    private static void persons(Connection c, int count, List<String> provinces, Map<String, String> regions,
                                Random random, long started) throws SQLException {
        long lap = System.nanoTime();
        try (PreparedStatement person = c.prepareStatement("insert into ppl_person (id, first_name_ar, last_name_ar,"
                + " first_name_lat, last_name_lat, first_key, last_key, first_key_ar, last_key_ar, sex, birth_year,"
                + " birth_estimated, cin, region_code, province_code, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, now(), 'bench')")) {
            for (int i = 0; i < count; i++) {
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
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    long now = System.nanoTime();
                    System.out.printf("[bench]   %,9d persons, %,7.0f/s now, %.0f s so far%n", i + 1,
                            PROGRESS_EVERY / ((now - lap) / 1e9), (now - started) / 1e9);
                    lap = now;
                }
            }
            person.executeBatch();
        }
        c.commit();
    }
}
