package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ma.gov.social.jisr.people.api.PersonNames;

/** Persons data for the data-protection tests: links, contact details, a list big enough to outlast sockets. */
final class PersonFixtures {
    /** Above Seed's ids (5,000,000 + the sequence) and the server's own. */
    private static final long BULK_FROM = 9_000_000L;

    private PersonFixtures() {
    }

    static void guardian(long child, long guardian, String relation) throws SQLException {
        ItAccounts.execute("insert into jisr.ppl_guardian (child_id, guardian_id, relation, created_at, created_by)"
                + " values (?, ?, ?, now(), 'it')", child, guardian, relation);
    }

    static void contact(long person, String phone, String address) throws SQLException {
        ItAccounts.execute("update jisr.ppl_person set phone = ?, address = ? where id = ?", phone, address, person);
    }

    /**
     * {@code count} persons named {@code lastName} in a province of Rabat-Salé-Kénitra, each with a long
     * address: about 300 bytes a line in an export, so that a few thousand fill any socket buffer.
     */
    static void many(String lastName, String province, int count) throws SQLException {
        String address = "Résidence des Orangers, immeuble 12, appartement 34, ".repeat(5).trim();
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("insert into jisr.ppl_person"
                + " (id, first_name_ar, last_name_ar, first_name_lat, last_name_lat, first_key, last_key, first_key_ar,"
                + " last_key_ar, sex, birth_year, birth_estimated, address, region_code, province_code, created_at,"
                + " created_by) values (?, 'سلمى', 'الاختبار', 'Salma', ?, ?, ?, ?, ?, 'FEMALE', 1990, true, ?, 'MA-04',"
                + " ?, ?, 'it')")) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            for (int i = 1; i <= count; i++) {
                s.setLong(1, BULK_FROM + i);
                s.setString(2, lastName);
                s.setString(3, PersonNames.latinKey("Salma"));
                s.setString(4, PersonNames.latinKey(lastName));
                s.setString(5, PersonNames.arabicKey("سلمى"));
                s.setString(6, PersonNames.arabicKey("الاختبار"));
                s.setString(7, address);
                s.setString(8, province);
                s.setTimestamp(9, now);
                s.addBatch();
                if (i % 5000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    static void removeMany(int count) throws SQLException {
        ItAccounts.execute("delete from jisr.ppl_person where id between ? and ?", BULK_FROM + 1, BULK_FROM + count);
    }

    /**
     * Sends the requests together while a person's row is locked, so that each has read the record (and
     * passed any version check) before any can write; once all wait for the row, it is released.
     */
    @SafeVarargs
    static List<HttpResponse<String>> atOnceOnALockedRow(long person, Callable<HttpResponse<String>>... requests)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            try (Connection lock = ItDatabase.connect()) {
                lock.setAutoCommit(false);
                lock.createStatement().executeQuery("select id from jisr.ppl_person where id = " + person
                        + " for update");
                for (Callable<HttpResponse<String>> request : requests) {
                    sent.add(pool.submit(request));
                }
                assertTrue(lockWaits(requests.length), "every request reached the update");
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

    private static boolean lockWaits(int transactions) throws SQLException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (ItDatabase.number("select count(*) from information_schema.innodb_trx"
                    + " where trx_state = 'LOCK WAIT'") >= transactions) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
