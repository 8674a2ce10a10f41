package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.HeldLine;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.sql.RowMapper;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * Held import lines (ppl_import_hold) in SQL: a page of them within a territory, with the persons they may
 * be. A candidate merged since is shown as the person it was merged into; one outside the reader's
 * territory, or no longer in the registry, is not shown. A line also may be whoever an earlier, decided
 * line it resembles turned out to be.
 */
@ApplicationScoped
public class ImportHolds {
    private static final String COLUMNS = "h.id, h.import_tag, h.line_number, h.state, h.first_name_ar, h.last_name_ar,"
            + " h.first_name_lat, h.last_name_lat, h.sex, h.birth_date, h.estimated_birth_year, h.cin, h.phone,"
            + " h.address, h.province_code, h.region_code, h.candidate_ids, h.similar_lines, h.person_id";
    private static final RowMapper<Hold> HOLD = r -> new Hold(r.number("id"), r.code("import_tag"),
            r.number("line_number"), r.string("state"), new PersonData(r.string("first_name_ar"),
            r.string("last_name_ar"), r.string("first_name_lat"), r.string("last_name_lat"),
            r.enumValue("sex", Sex.class), r.date("birth_date"), r.nullableInteger("estimated_birth_year"),
            r.string("cin"), r.string("phone"), r.string("address"), r.string("province_code")),
            r.string("region_code"), numbers(r.string("candidate_ids")), numbers(r.string("similar_lines")),
            r.nullableNumber("person_id"));

    /** One held line as stored. */
    record Hold(long id, String tag, long line, String state, PersonData data, String regionCode,
                List<Long> candidateIds, List<Long> similarLines, Long personId) {
    }

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    List<HeldLine> rows(String tag, TerritorialScope scope, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(tag));
        String where = where(scope, params);
        params.add(offset);
        params.add(limit);
        List<Hold> holds = sql().list("select " + COLUMNS + where + " order by h.line_number limit ?, ?", HOLD,
                params.toArray());
        Map<Long, PersonRow> persons = persons(candidateIds(holds), scope);
        List<HeldLine> lines = new ArrayList<>();
        for (Hold h : holds) {
            lines.add(new HeldLine(h.id(), h.tag(), h.line(), h.data(), candidates(h, persons), h.similarLines(),
                    HeldLine.State.valueOf(h.state()), h.personId()));
        }
        return lines;
    }

    long count(String tag, TerritorialScope scope) {
        List<Object> params = new ArrayList<>(List.of(tag));
        return sql().number("select count(*)" + where(scope, params), params.toArray());
    }

    private static String where(TerritorialScope scope, List<Object> params) {
        return " from ppl_import_hold h where h.import_tag = ? and h.state <> 'STAGED'" + scope(scope, params);
    }

    Optional<Hold> lock(long id) {
        return sql().one("select " + COLUMNS + " from ppl_import_hold h where h.id = ? for update", HOLD, id);
    }

    /** The registered persons, within the territory, that the line may be: the only ones it may be kept as. */
    List<PersonRow> candidates(Hold h, TerritorialScope scope) {
        return candidates(h, persons(candidateIds(List.of(h)), scope));
    }

    void decide(long id, HeldLine.State state, long personId, String by) {
        sql().update("update ppl_import_hold set state = ?, person_id = ?, decided_by = ?, decided_at = ?"
                + " where id = ? and state = 'OPEN'", state, personId, by, LocalDateTime.now(), id);
    }

    private static List<PersonRow> candidates(Hold h, Map<Long, PersonRow> persons) {
        Set<PersonRow> rows = new LinkedHashSet<>();
        for (Long id : h.candidateIds()) {
            Optional.ofNullable(persons.get(id)).ifPresent(rows::add);
        }
        for (Long line : h.similarLines()) {
            Optional.ofNullable(persons.get(-line)).ifPresent(rows::add); // see candidateIds
        }
        return new ArrayList<>(rows);
    }

    /** The ids to read: stored candidates, and (as minus the line number) the persons earlier lines were decided as. */
    private Map<Long, Long> candidateIds(List<Hold> holds) {
        Map<Long, Long> ids = new HashMap<>();
        Map<String, List<Long>> lines = new HashMap<>();
        for (Hold h : holds) {
            h.candidateIds().forEach(id -> ids.put(id, id));
            lines.computeIfAbsent(h.tag(), k -> new ArrayList<>()).addAll(h.similarLines());
        }
        for (Map.Entry<String, List<Long>> e : lines.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<Object> params = new ArrayList<>(List.of(e.getKey()));
            params.addAll(e.getValue());
            sql().list("select line_number, person_id from ppl_import_hold where import_tag = ?"
                    + " and person_id is not null and line_number in (" + PersonImportStore.placeholders(1,
                    e.getValue().size()).replaceAll("[()]", "") + ")",
                    r -> Map.entry(-r.number("line_number"), r.number("person_id")), params.toArray())
                    .forEach(decided -> ids.put(decided.getKey(), decided.getValue()));
        }
        return ids;
    }

    /** Asked id to the active person it leads to (itself, or whom it was merged into), within the territory. */
    private Map<Long, PersonRow> persons(Map<Long, Long> asked, TerritorialScope scope) {
        Map<Long, PersonRow> found = new HashMap<>();
        if (asked.isEmpty()) {
            return found;
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(asked.values()));
        String in = PersonImportStore.placeholders(1, ids.size());
        record Led(long askedId, String regionCode, PersonRow person) {
        }
        Map<Long, PersonRow> byId = new HashMap<>();
        for (Led led : sql().list("select " + PersonListQuery.COLUMNS + ", p.region_code, m.id as asked_id"
                + " from ppl_person m join ppl_person p on p.id = coalesce(m.merged_into, m.id) where m.id in " + in
                + " and p.merged_into is null", r -> new Led(r.number("asked_id"), r.string("region_code"),
                PersonListQuery.ROW.map(r)), ids.toArray())) {
            if (scope.covers(led.regionCode(), led.person().provinceCode())) {
                byId.put(led.askedId(), led.person());
            }
        }
        asked.forEach((key, id) -> Optional.ofNullable(byId.get(id)).ifPresent(row -> found.put(key, row)));
        return found;
    }

    private static String scope(TerritorialScope scope, List<Object> params) {
        return switch (scope.level()) {
            case NATIONAL -> "";
            case REGION -> {
                params.add(scope.code());
                yield " and h.region_code = ?";
            }
            case PROVINCE -> {
                params.add(scope.code());
                yield " and h.province_code = ?";
            }
        };
    }

    private Sql sql() {
        return new Sql(dataSource);
    }

    private static List<Long> numbers(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }
}
