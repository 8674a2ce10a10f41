package ma.gov.social.jisr.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.api.Sex;

/**
 * The earlier lines of a file that a line may be the same person as, judged as the duplicate check of
 * a create judges a registered person (same province and sex, birth years at most two apart, similar
 * names in either script). Lines are kept by province, sex, birth year and name keys, so each line is
 * compared only with the few that share them, not with the whole file.
 */
final class FileRepeats {
    private record Seen(long line, NameKeys names) {
    }

    private final Map<String, List<Seen>> buckets = new HashMap<>();

    /** Remembers the line; returns the earlier lines it resembles, in file order (at most MAX_CANDIDATES). */
    List<Long> add(long line, String province, Sex sex, int year, NameKeys names) {
        List<Long> similar = new ArrayList<>();
        for (int y = year - DuplicateFinder.YEARS_APART; y <= year + DuplicateFinder.YEARS_APART; y++) {
            collect(key("L", province, sex, y, names.latinPair()), names, similar);
            collect(key("A", province, sex, y, names.arabicPair()), names, similar);
        }
        Seen seen = new Seen(line, names);
        buckets.computeIfAbsent(key("L", province, sex, year, names.latinPair()), k -> new ArrayList<>()).add(seen);
        buckets.computeIfAbsent(key("A", province, sex, year, names.arabicPair()), k -> new ArrayList<>()).add(seen);
        similar.sort(null);
        return similar;
    }

    private void collect(String key, NameKeys names, List<Long> similar) {
        List<Seen> bucket = buckets.get(key);
        if (bucket == null) {
            return;
        }
        for (Seen seen : bucket) {
            if (similar.size() >= DuplicateFinder.MAX_CANDIDATES) {
                return;
            }
            if (!similar.contains(seen.line()) && names.sameName(seen.names())) {
                similar.add(seen.line());
            }
        }
    }

    private static String key(String script, String province, Sex sex, int year, String pair) {
        return script + province + sex.ordinal() + year + "|" + pair;
    }
}
