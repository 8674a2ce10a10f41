package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Typed;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.DemoPeople;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The persons the demo wrote, for other modules' demo data. Open to all callers because demo data is written
 * at deployment, when nobody is logged in; every query is limited to persons created by
 * {@link DemoData#AUTHOR}, so no real record can be read through it. Typed as {@link DemoPeople} only, so
 * that injecting the directory still finds the secured bean alone.
 */
@Stateless
@PermitAll
@Typed(DemoPeople.class)
public class DemoPeopleBean implements DemoPeople {
    private static final int CHUNK = 500;
    private static final String COLUMNS = "select p.id, p.first_name_ar, p.last_name_ar, p.first_name_lat,"
            + " p.last_name_lat, p.sex, p.birth_date, p.birth_year, p.cin, p.phone, p.address, p.region_code,"
            + " p.province_code from ppl_person p where p.created_by = ? and p.merged_into is null";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public List<PersonCard> persons(Sex sex, int bornFrom, int bornTo) {
        return new Sql(dataSource).list(COLUMNS + " and p.sex = ? and p.birth_year between ? and ? order by p.id",
                DemoPeopleBean::card, DemoData.AUTHOR, sex, bornFrom, bornTo);
    }

    @Override
    public Map<Long, PersonCard> cards(Collection<Long> personIds) {
        Map<Long, PersonCard> cards = new HashMap<>();
        for (List<Long> chunk : chunks(personIds)) {
            List<Object> params = new ArrayList<>(List.of(DemoData.AUTHOR));
            params.addAll(chunk);
            new Sql(dataSource).list(COLUMNS + " and p.id in (" + marks(chunk) + ")", DemoPeopleBean::card,
                    params.toArray()).forEach(c -> cards.put(c.id(), c));
        }
        return cards;
    }

    @Override
    public Map<Long, List<Long>> children(Collection<Long> guardianIds) {
        Map<Long, List<Long>> children = new TreeMap<>();
        for (List<Long> chunk : chunks(guardianIds)) {
            List<Object> params = new ArrayList<>(List.of(DemoData.AUTHOR, DemoData.AUTHOR));
            params.addAll(chunk);
            new Sql(dataSource).list("select g.guardian_id, g.child_id from ppl_guardian g"
                    + " join ppl_person c on c.id = g.child_id and c.created_by = ? and c.merged_into is null"
                    + " join ppl_person p on p.id = g.guardian_id and p.created_by = ?"
                    + " where g.guardian_id in (" + marks(chunk) + ") order by g.guardian_id, g.child_id",
                    r -> children.computeIfAbsent(r.number("guardian_id"), k -> new ArrayList<>())
                            .add(r.number("child_id")), params.toArray());
        }
        return children;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String marks(List<Long> chunk) {
        return chunk.stream().map(i -> "?").collect(Collectors.joining(","));
    }

    private static PersonCard card(Row r) throws SQLException {
        return new PersonCard(r.number("id"), r.string("first_name_ar"), r.string("last_name_ar"),
                r.string("first_name_lat"), r.string("last_name_lat"), r.enumValue("sex", Sex.class),
                r.date("birth_date"), r.integer("birth_year"), r.string("cin"), r.string("phone"),
                r.string("address"), r.string("region_code"), r.string("province_code"));
    }
}
