package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.gov.social.jisr.people.api.DuplicateCandidate;
import ma.gov.social.jisr.people.api.DuplicateCandidate.Reason;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonNames;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Finds who may already be registered: the same CIN, or, in the same province, the same sex, a birth
 * year at most {@link #YEARS_APART} apart and a similar name in either script (first and family names
 * possibly swapped). The database narrows on the stored name keys; the vowels are checked here.
 */
@ApplicationScoped
public class DuplicateFinder {
    static final int YEARS_APART = 2;
    static final int MAX_CANDIDATES = 20;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    /** Candidates by id; the CIN holder first. */
    List<DuplicateCandidate> find(PersonData d, String cin, Long excludingId) {
        Sql sql = new Sql(dataSource);
        Map<Long, DuplicateCandidate> found = new LinkedHashMap<>();
        if (cin != null) {
            for (PersonRow row : sql.list("select " + PersonListQuery.COLUMNS
                    + " from ppl_person p where p.cin = ? and p.merged_into is null", PersonListQuery.ROW, cin)) {
                found.put(row.id(), new DuplicateCandidate(row, Reason.SAME_NATIONAL_ID));
            }
        }
        String lk = PersonNames.latinKey(d.lastNameLatin());
        String fk = PersonNames.latinKey(d.firstNameLatin());
        String lka = PersonNames.arabicKey(d.lastNameAr());
        String fka = PersonNames.arabicKey(d.firstNameAr());
        String common = " and p.merged_into is null and p.sex = ? and p.birth_year between ? and ?";
        String byName = "select " + PersonListQuery.COLUMNS + " from ppl_person p"
                + " where p.province_code = ? and p.last_key in (?, ?) and p.first_key in (?, ?)" + common
                + " union select " + PersonListQuery.COLUMNS + " from ppl_person p"
                + " where p.province_code = ? and p.last_key_ar in (?, ?) and p.first_key_ar in (?, ?)" + common
                + " limit " + (MAX_CANDIDATES * 5);
        int year = d.birthYear();
        Object[] params = {d.provinceCode(), lk, fk, fk, lk, d.sex().name(), year - YEARS_APART, year + YEARS_APART,
            d.provinceCode(), lka, fka, fka, lka, d.sex().name(), year - YEARS_APART, year + YEARS_APART};
        List<PersonRow> similar = new ArrayList<>();
        for (PersonRow row : sql.list(byName, PersonListQuery.ROW, params)) {
            if (sameName(d, row)) {
                similar.add(row);
            }
        }
        similar.forEach(row -> found.putIfAbsent(row.id(), new DuplicateCandidate(row, Reason.SIMILAR_NAME)));
        if (excludingId != null) {
            found.remove(excludingId);
        }
        return found.values().stream().limit(MAX_CANDIDATES).toList();
    }

    /** Both names alike in one script, in the same order or swapped. */
    static boolean sameName(PersonData d, PersonRow row) {
        boolean latin = PersonNames.similarLatin(d.lastNameLatin(), row.lastNameLatin())
                && PersonNames.similarLatin(d.firstNameLatin(), row.firstNameLatin())
                || PersonNames.similarLatin(d.lastNameLatin(), row.firstNameLatin())
                && PersonNames.similarLatin(d.firstNameLatin(), row.lastNameLatin());
        boolean arabic = PersonNames.similarArabic(d.lastNameAr(), row.lastNameAr())
                && PersonNames.similarArabic(d.firstNameAr(), row.firstNameAr())
                || PersonNames.similarArabic(d.lastNameAr(), row.firstNameAr())
                && PersonNames.similarArabic(d.firstNameAr(), row.lastNameAr());
        return latin || arabic;
    }
}
