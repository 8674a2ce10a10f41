package ma.gov.social.jisr.people.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The registered persons that lines of an import may be, many lines at a time: one query per script with
 * the duplicate check's conditions (province, name keys in either order, birth years two apart, sex) for
 * every distinct line, on the duplicate check's indexes; the names are then compared here as
 * {@link DuplicateFinder} compares them. A thousand lines cost two queries, not two thousand.
 */
public final class RegistryMatches {
    public record Lookup(long line, PersonData data, NameKeys names) {
    }

    private RegistryMatches() {
    }

    /** Line number to the ids of the persons it may be (lines without any are absent), at most MAX_CANDIDATES each. */
    static Map<Long, List<Long>> find(Sql sql, List<Lookup> lookups) {
        Map<Long, List<Long>> found = new HashMap<>();
        query(sql, lookups, true, found);
        query(sql, lookups, false, found);
        found.values().forEach(ids -> ids.sort(null));
        return found;
    }

    /**
     * The lines' keys are a table of values joined to the registry on the duplicate check's index (province,
     * family and first key, birth year): one indexed look-up per line and name order. The same conditions
     * OR-ed in a WHERE clause make MariaDB read the whole table. A line's names in the other order than the
     * two the join asks (both keys the same name) could never pass the names' comparison anyway.
     */
    private static void query(Sql sql, List<Lookup> lookups, boolean latin, Map<Long, List<Long>> found) {
        Map<String, List<Lookup>> byNames = new HashMap<>();
        Map<String, Object[]> keys = new LinkedHashMap<>();
        for (Lookup l : lookups) {
            PersonData d = l.data();
            String last = latin ? l.names().lastLatin() : l.names().lastArabic();
            String first = latin ? l.names().firstLatin() : l.names().firstArabic();
            if (last.isEmpty() || first.isEmpty()) {
                continue; // an empty key is like no one's
            }
            String pair = latin ? l.names().latinPair() : l.names().arabicPair();
            byNames.computeIfAbsent(d.provinceCode() + d.sex() + "|" + pair, k -> new ArrayList<>()).add(l);
            int year = d.birthYear();
            for (String[] order : new String[][] {{last, first}, {first, last}}) {
                keys.putIfAbsent(d.provinceCode() + d.sex() + year + "|" + order[0] + "|" + order[1], new Object[] {
                    d.provinceCode(), order[0], order[1], year - DuplicateFinder.YEARS_APART,
                    year + DuplicateFinder.YEARS_APART, d.sex().name()});
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        String suffix = latin ? "" : "_ar";
        String select = "with k (province, last_key, first_key, born_from, born_to, sex) as (values "
                + String.join(", ", Collections.nCopies(keys.size(), "(?, ?, ?, ?, ?, ?)")) + ") select "
                + PersonListQuery.COLUMNS + " from k join ppl_person p on p.province_code = k.province"
                + " and p.last_key" + suffix + " = k.last_key and p.first_key" + suffix + " = k.first_key"
                + " and p.birth_year between k.born_from and k.born_to where p.merged_into is null and p.sex = k.sex";
        List<Object> params = new ArrayList<>();
        keys.values().forEach(values -> params.addAll(List.of(values)));
        for (PersonRow row : sql.list(select, PersonListQuery.ROW, params.toArray())) {
            match(row, latin, byNames, found);
        }
    }

    private static void match(PersonRow row, boolean latin, Map<String, List<Lookup>> byNames,
                              Map<Long, List<Long>> found) {
        NameKeys rowNames = NameKeys.of(row.firstNameAr(), row.lastNameAr(), row.firstNameLatin(), row.lastNameLatin());
        String key = row.provinceCode() + row.sex() + "|" + (latin ? rowNames.latinPair() : rowNames.arabicPair());
        for (Lookup l : byNames.getOrDefault(key, List.of())) {
            if (Math.abs(l.data().birthYear() - row.birthYear()) <= DuplicateFinder.YEARS_APART
                    && l.names().sameName(rowNames)) {
                List<Long> ids = found.computeIfAbsent(l.line(), k -> new ArrayList<>());
                if (ids.size() < DuplicateFinder.MAX_CANDIDATES && !ids.contains(row.id())) {
                    ids.add(row.id());
                }
            }
        }
    }
}
