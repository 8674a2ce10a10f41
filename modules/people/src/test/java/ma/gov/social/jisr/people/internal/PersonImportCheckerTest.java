package ma.gov.social.jisr.people.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.gov.social.jisr.platform.api.imports.CsvImport.CsvLine;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import org.junit.jupiter.api.Test;

/** Which lines of a persons file are held, and why: the registry's candidates and the file's own repeats. */
class PersonImportCheckerTest {
    private static final TerritoryService MOROCCO = new TerritoryService() {
        @Override
        public List<Region> regions() {
            return List.of();
        }

        @Override
        public List<Province> provinces() {
            return List.of();
        }

        @Override
        public List<Province> provincesOf(String regionCode) {
            return List.of();
        }

        @Override
        public Optional<Region> region(String code) {
            return Optional.empty();
        }

        @Override
        public Optional<Province> province(String code) {
            return Optional.of(new Province(code, "MA-0" + (code.equals("MA-RAB") ? 4 : 6), false, code, code));
        }

        @Override
        public List<Province> provincesWithin(TerritorialScope scope) {
            return List.of();
        }

        @Override
        public String regionOf(TerritorialScope scope) {
            return null;
        }
    };

    /** The registry holds one Alaoui of Casablanca, person 900, for lines that ask. */
    private static final class Registry extends PersonImportStore {
        final List<Integer> batches = new ArrayList<>();

        @Override
        public Set<String> taken(Collection<String> cins) {
            return cins.contains("BE900900") ? Set.of("BE900900") : Set.of();
        }

        @Override
        public Map<Long, List<Long>> similar(List<RegistryMatches.Lookup> lookups) {
            batches.add(lookups.size());
            Map<Long, List<Long>> found = new HashMap<>();
            NameKeys registered = NameKeys.of("محمد", "العلوي", "Mohamed", "El Alaoui");
            for (RegistryMatches.Lookup l : lookups) {
                if (l.data().provinceCode().equals("MA-CAS") && l.names().sameName(registered)) {
                    found.put(l.line(), List.of(900L));
                }
            }
            return found;
        }
    }

    private static CsvLine line(long number, String firstAr, String lastAr, String first, String last, String sex,
                                String year, String cin, String province) {
        Map<String, String> v = new HashMap<>();
        v.putAll(Map.of("first_name_ar", firstAr, "last_name_ar", lastAr, "first_name_latin", first,
                "last_name_latin", last, "sex", sex, "estimated_birth_year", year, "province", province));
        v.put("cin", cin);
        return new CsvLine(number, v);
    }

    private static final List<CsvLine> FILE = List.of(
            line(2, "محمد", "علوي", "Mhamed", "Alaoui", "M", "1976", null, "MA-CAS"),
            line(3, "سناء", "الرباطي", "Sanae", "Ribati", "F", "1990", "AB100001", "MA-RAB"),
            line(4, "سناء", "رباطي", "Sanaa", "Ribati", "F", "1991", null, "MA-RAB"),
            line(5, "هند", "التازي", "Hind", "Tazi", "F", "1985", null, "MA-RAB"),
            line(6, "سناء", "الرباطي", "Sanae", "Ribati", "F", "1989", null, "MA-RAB"));

    @Test
    void linesWithCandidatesAreHeldTheOthersSaved() {
        Registry registry = new Registry();
        PersonImportChecker checker = new PersonImportChecker(TerritorialScope.national(), MOROCCO, registry);
        List<ImportProblem> problems = new ArrayList<>();
        FILE.forEach(l -> checker.read(l, problems));
        checker.finish(problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(5), registry.batches, "one look-up for the whole (short) file");

        assertTrue(checker.held(2), "like a registered person");
        assertEquals(List.of(900L), checker.candidates(2));
        assertFalse(checker.held(3), "the first Sanae is saved");
        assertTrue(checker.held(4) && checker.held(6), "her repeats are held");
        assertEquals(List.of(3L), checker.similarLines(4));
        assertEquals(List.of(3L, 4L), checker.similarLines(6));
        assertFalse(checker.held(5));

        FILE.forEach(l -> checker.read(l, new ArrayList<>())); // the second reading, while saving
        checker.staged(3, 4242);
        checker.staged(5, 4343);
        assertEquals(List.of(4242L), checker.candidates(4), "the person saved from line 3");
        assertEquals(List.of(4242L), checker.candidates(6), "line 4 is held: it has no person yet");
        assertEquals(List.of(5), registry.batches, "the second reading looks nothing up");
    }

    @Test
    void aFileWithAWrongLineIsNotLookedUp() {
        Registry registry = new Registry();
        PersonImportChecker checker = new PersonImportChecker(TerritorialScope.national(), MOROCCO, registry);
        List<ImportProblem> problems = new ArrayList<>();
        checker.read(line(2, "هند", "التازي", "Hind", "Tazi", "X", "1985", null, "MA-RAB"), problems);
        FILE.forEach(l -> checker.read(l, problems));
        checker.finish(problems);
        assertEquals(List.of(2L), problems.stream().map(ImportProblem::line).toList());
        assertEquals(List.of(), registry.batches);
    }

    @Test
    void aCinAlreadyRegisteredIsAWrongLineNotAHeldOne() {
        Registry registry = new Registry();
        PersonImportChecker checker = new PersonImportChecker(TerritorialScope.province("MA-RAB"), MOROCCO, registry);
        List<ImportProblem> problems = new ArrayList<>();
        checker.read(line(2, "هند", "التازي", "Hind", "Tazi", "F", "1985", "BE900900", "MA-RAB"), problems);
        checker.finish(problems);
        assertEquals("person.cin.taken", problems.get(0).messageKey());
    }
}
