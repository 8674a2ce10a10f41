package ma.gov.social.jisr.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.gov.social.jisr.people.api.HeldLine;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.Page;
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

    /** One held line as stored. */
    record Hold(long id, String tag, long line, String state, PersonData data, String regionCode,
                List<Long> candidateIds, List<Long> similarLines, Long personId) {
    }

    @PersistenceContext(unitName = "people")
    private EntityManager em;

    Page<HeldLine> page(String tag, TerritorialScope scope, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(tag));
        String where = " from ppl_import_hold h where h.import_tag = ? and h.state <> 'STAGED'" + scope(scope, params);
        long total = ((Number) bind(em.createNativeQuery("select count(*)" + where), params).getSingleResult())
                .longValue();
        Query query = bind(em.createNativeQuery("select " + COLUMNS + where + " order by h.line_number limit ?, ?"),
                params).setParameter(params.size() + 1, offset).setParameter(params.size() + 2, limit);
        List<Hold> holds = new ArrayList<>();
        for (Object o : query.getResultList()) {
            holds.add(hold((Object[]) o));
        }
        Map<Long, PersonRow> persons = persons(candidateIds(holds), scope);
        List<HeldLine> lines = new ArrayList<>();
        for (Hold h : holds) {
            lines.add(new HeldLine(h.id(), h.tag(), h.line(), h.data(), candidates(h, persons), h.similarLines(),
                    HeldLine.State.valueOf(h.state()), h.personId()));
        }
        return new Page<>(lines, total);
    }

    Optional<Hold> lock(long id) {
        List<?> found = em.createNativeQuery("select " + COLUMNS + " from ppl_import_hold h where h.id = ? for update")
                .setParameter(1, id).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(hold((Object[]) found.get(0)));
    }

    /** The registered persons, within the territory, that the line may be: the only ones it may be kept as. */
    List<PersonRow> candidates(Hold h, TerritorialScope scope) {
        return candidates(h, persons(candidateIds(List.of(h)), scope));
    }

    void decide(long id, HeldLine.State state, long personId, String by) {
        em.createNativeQuery("update ppl_import_hold set state = ?, person_id = ?, decided_by = ?, decided_at = ?"
                + " where id = ? and state = 'OPEN'").setParameter(1, state.name()).setParameter(2, personId)
                .setParameter(3, by).setParameter(4, LocalDateTime.now()).setParameter(5, id).executeUpdate();
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
            Query decided = em.createNativeQuery("select line_number, person_id from ppl_import_hold where import_tag = ?"
                    + " and person_id is not null and line_number in (" + PersonImportStore.placeholders(1,
                    e.getValue().size()).replaceAll("[()]", "") + ")").setParameter(1, e.getKey());
            for (int i = 0; i < e.getValue().size(); i++) {
                decided.setParameter(i + 2, e.getValue().get(i));
            }
            for (Object o : decided.getResultList()) {
                Object[] c = (Object[]) o;
                ids.put(-((Number) c[0]).longValue(), ((Number) c[1]).longValue());
            }
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
        Query query = em.createNativeQuery("select " + PersonListQuery.COLUMNS + ", p.region_code, m.id from ppl_person m"
                + " join ppl_person p on p.id = coalesce(m.merged_into, m.id) where m.id in " + in
                + " and p.merged_into is null");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        Map<Long, PersonRow> byId = new HashMap<>();
        for (Object o : query.getResultList()) {
            Object[] c = (Object[]) o;
            PersonRow row = PersonListQuery.row(c);
            if (scope.covers((String) c[10], row.provinceCode())) {
                byId.put(((Number) c[11]).longValue(), row);
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

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static Hold hold(Object[] c) {
        PersonData data = new PersonData((String) c[4], (String) c[5], (String) c[6], (String) c[7],
                Sex.valueOf(((String) c[8]).trim()), date(c[9]), c[10] == null ? null : ((Number) c[10]).intValue(),
                (String) c[11], (String) c[12], (String) c[13], (String) c[14]);
        return new Hold(((Number) c[0]).longValue(), ((String) c[1]).trim(), ((Number) c[2]).longValue(), (String) c[3],
                data, (String) c[15], numbers((String) c[16]), numbers((String) c[17]),
                c[18] == null ? null : ((Number) c[18]).longValue());
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static List<Long> numbers(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }
}
