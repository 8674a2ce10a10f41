package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Row;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Only the roles that handle cases read persons through here; their modules audit what they show. */
@Stateless
// partnership officers: the women whose projects their programmes finance (empowerment) are named to them
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY, Roles.PARTNERSHIP_OFFICER})
public class PersonDirectoryBean implements PersonDirectory {
    private static final int CHUNK = 500;
    private static final String COLUMNS = "select p.id, p.first_name_ar, p.last_name_ar, p.first_name_lat,"
            + " p.last_name_lat, p.sex, p.birth_date, p.birth_year, p.cin, p.phone, p.address, p.region_code,"
            + " p.province_code from ppl_person p";

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public Optional<PersonCard> card(long personId) {
        return Optional.ofNullable(cards(java.util.List.of(personId)).get(personId));
    }

    @Override
    public Map<Long, PersonCard> cards(Collection<Long> personIds) {
        Map<Long, PersonCard> cards = new HashMap<>();
        var ids = personIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = chunk.stream().map(i -> "?").collect(Collectors.joining(","));
            // a merged person answers with the one it was merged into, under the id that was asked for
            for (var asked : new Sql(dataSource).list("select r.id asked, " + COLUMNS.substring(7)
                    + " join ppl_person r on p.id = coalesce(r.merged_into, r.id) where r.id in (" + marks + ")",
                    row -> Map.entry(row.number("asked"), card(row)), chunk.toArray())) {
                cards.put(asked.getKey(), asked.getValue());
            }
        }
        return cards;
    }

    private static PersonCard card(Row r) throws java.sql.SQLException {
        return new PersonCard(r.number("id"), r.string("first_name_ar"), r.string("last_name_ar"),
                r.string("first_name_lat"), r.string("last_name_lat"), r.enumValue("sex", Sex.class),
                r.date("birth_date"), r.integer("birth_year"), r.string("cin"), r.string("phone"),
                r.string("address"), r.string("region_code"), r.string("province_code"));
    }
}
