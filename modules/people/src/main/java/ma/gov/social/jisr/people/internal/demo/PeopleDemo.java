package ma.gov.social.jisr.people.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonNames;
import ma.gov.social.jisr.people.internal.demo.DemoPersons.Link;
import ma.gov.social.jisr.people.internal.demo.DemoPersons.Person;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * A few thousand demo persons in every province, more where the demo accounts work (Casablanca, Rabat),
 * with their name keys computed by {@link PersonNames} exactly as the registry computes them, so that the
 * search and the duplicate check treat them like records typed on screen. Batched JDBC, one transaction.
 */
@ApplicationScoped
public class PeopleDemo implements DemoData {
    static final int PERSONS = 4_000;
    private static final long SEED = 2026_11;
    /** The ids EclipseLink reserves per NEXTVAL (ppl_person_seq's INCREMENT BY, the entity's allocationSize). */
    private static final int ID_BLOCK = 100;
    private static final String PERSON = "insert into ppl_person (id, first_name_ar, last_name_ar, first_name_lat,"
            + " last_name_lat, first_key, last_key, first_key_ar, last_key_ar, sex, birth_date, birth_year,"
            + " birth_estimated, cin, phone, address, region_code, province_code, created_at, created_by)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;

    @Override
    public String module() {
        return "people";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "ppl_person");
    }

    @Override
    public String seed() {
        return DemoData.allOrNothing(dataSource, "demo persons", c -> {
            DemoPersons made = make(new Random(SEED), territories.provinces(), idsFrom(c));
            write(c, made);
            return String.format("%,d persons (%,d registered twice under another spelling), %,d guardian links",
                    made.persons.size(), made.registeredTwice, made.links.size());
        });
    }

    /** Households in provinces drawn by weight: the two demo case workers' provinces, then prefectures. */
    static DemoPersons make(Random random, List<Province> provinces, java.util.function.LongSupplier ids) {
        List<Province> draw = new ArrayList<>();
        for (Province p : provinces) {
            int weight = switch (p.code()) {
                case "MA-CAS" -> 12;
                case "MA-RAB" -> 8;
                default -> p.prefecture() ? 3 : 1;
            };
            for (int i = 0; i < weight; i++) {
                draw.add(p);
            }
        }
        DemoPersons made = new DemoPersons(random, ids);
        while (made.persons.size() < PERSONS) {
            made.household(draw.get(random.nextInt(draw.size())));
        }
        return made;
    }

    private static java.util.function.LongSupplier idsFrom(Connection c) {
        long[] block = {1, 0};
        return () -> {
            if (block[0] > block[1]) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select nextval(ppl_person_seq)")) {
                    rs.next();
                    block[1] = rs.getLong(1);
                    block[0] = block[1] - ID_BLOCK + 1;
                } catch (SQLException e) {
                    throw new IllegalStateException("no id from ppl_person_seq", e);
                }
            }
            return block[0]++;
        };
    }

    private static void write(Connection c, DemoPersons made) throws SQLException {
        try (PreparedStatement person = c.prepareStatement(PERSON)) {
            for (Person p : made.persons) {
                set(person, p.id(), p.first().arabic(), p.last().arabic(), p.firstLatin(), p.lastLatin(),
                        PersonNames.latinKey(p.firstLatin()), PersonNames.latinKey(p.lastLatin()),
                        PersonNames.arabicKey(p.first().arabic()), PersonNames.arabicKey(p.last().arabic()),
                        p.sex().name(), p.birthDate(), p.birthYear(), p.birthDate() == null, p.cin(), p.phone(),
                        p.address(), p.province().regionCode(), p.province().code(), p.createdAt(), AUTHOR);
                person.addBatch();
            }
            person.executeBatch();
        }
        try (PreparedStatement link = c.prepareStatement("insert into ppl_guardian (child_id, guardian_id, relation,"
                + " created_at, created_by) values (?, ?, ?, ?, ?)")) {
            for (Link l : made.links) {
                set(link, l.childId(), l.guardianId(), l.relation().name(), DemoData.AS_OF.atTime(9, 0), AUTHOR);
                link.addBatch();
            }
            link.executeBatch();
        }
    }

    private static void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (v instanceof java.time.LocalDate d) {
                s.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof java.time.LocalDateTime t) {
                s.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else {
                s.setObject(i + 1, v);
            }
        }
    }
}
