package ma.gov.social.jisr.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.imports.CsvImport;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * The checks of one persons file. The form's rules and the territory on every line; each CIN unique
 * across the file and the registry (against the database a thousand at a time, once the file is read);
 * and the duplicate check of a create: against the earlier lines of the file as they are read, and
 * against the registry a thousand lines at a time. A line with candidates is held for a decision. Once
 * the file is checked ({@link #finish}), reading a line only converts it, and the store asks here which
 * lines are held and which persons they may be.
 */
public final class PersonImportChecker implements CsvImport.LineReader<PersonLine> {
    private static final int LOOKUP_BATCH = 1000;

    private final TerritorialScope scope;
    private final TerritoryService territories;
    private final PersonImportStore store;
    private final Map<String, Long> cinLines = new HashMap<>();
    private final FileRepeats repeats = new FileRepeats();
    private final List<RegistryMatches.Lookup> lookups = new ArrayList<>();
    private final Map<Long, List<Long>> registryCandidates = new HashMap<>();
    private final Map<Long, List<Long>> similarLines = new HashMap<>();
    private final Set<Long> referenced = new HashSet<>();
    private final Map<Long, Long> stagedIds = new HashMap<>();
    private boolean checked;

    PersonImportChecker(TerritorialScope scope, TerritoryService territories, PersonImportStore store) {
        this.scope = scope;
        this.territories = territories;
        this.store = store;
    }

    @Override
    public PersonLine read(CsvImport.CsvLine line, List<ImportProblem> problems) {
        PersonData data = PersonCsv.read(line, problems);
        if (data == null) {
            return null;
        }
        List<JisrException> refusals = PersonRules.check(data, code -> territories.province(code).isPresent(),
                LocalDate.now());
        refusals.forEach(r -> problems.add(ImportProblem.of(line.number(), r)));
        if (!refusals.isEmpty()) {
            return null;
        }
        String region = territories.province(data.provinceCode()).map(Province::regionCode).orElseThrow();
        String cin = PersonRules.cin(data);
        if (!scope.covers(region, data.provinceCode())) {
            problems.add(ImportProblem.of(line.number(), "person.province.outsideScope"));
        } else if (cin != null && cinLines.putIfAbsent(cin, line.number()) != null) {
            problems.add(ImportProblem.of(line.number(), "import.duplicateInFile", cin));
        }
        PersonLine read = new PersonLine(line.number(), data);
        if (!checked && problems.isEmpty()) { // a file with a wrong line is refused: no need to look further
            lookFor(read);
        }
        return read;
    }

    private void lookFor(PersonLine line) {
        PersonData d = line.data();
        NameKeys names = NameKeys.of(d);
        List<Long> similar = repeats.add(line.number(), d.provinceCode(), d.sex(), d.birthYear(), names);
        if (!similar.isEmpty()) {
            similarLines.put(line.number(), similar);
            referenced.addAll(similar);
        }
        lookups.add(new RegistryMatches.Lookup(line.number(), d, names));
        if (lookups.size() == LOOKUP_BATCH) {
            lookUp();
        }
    }

    private void lookUp() {
        if (!lookups.isEmpty()) {
            registryCandidates.putAll(store.similar(lookups));
            lookups.clear();
        }
    }

    @Override
    public void finish(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            lookUp();
        }
        List<String> cins = new ArrayList<>(cinLines.keySet());
        for (int i = 0; i < cins.size(); i += 1000) {
            for (String taken : store.taken(cins.subList(i, Math.min(cins.size(), i + 1000)))) {
                problems.add(ImportProblem.of(cinLines.get(taken), "person.cin.taken", taken));
            }
        }
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        checked = true;
        cinLines.clear();
    }

    /** Whether the line waits for a person to decide instead of being saved. */
    boolean held(long line) {
        return registryCandidates.containsKey(line) || similarLines.containsKey(line);
    }

    /** Earlier lines of the file the line resembles. */
    List<Long> similarLines(long line) {
        return similarLines.getOrDefault(line, List.of());
    }

    /** The persons a held line may be: registered ones, and those staged from earlier lines it resembles. */
    List<Long> candidates(long line) {
        Set<Long> ids = new LinkedHashSet<>(registryCandidates.getOrDefault(line, List.of()));
        for (long earlier : similarLines(line)) {
            Long id = stagedIds.get(earlier);
            if (id != null && ids.size() < DuplicateFinder.MAX_CANDIDATES) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    /** The line was staged under this id; remembered when a later line resembles it. */
    void staged(long line, long id) {
        if (referenced.contains(line)) {
            stagedIds.put(line, id);
        }
    }
}
