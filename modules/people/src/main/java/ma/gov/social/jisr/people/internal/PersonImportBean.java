package ma.gov.social.jisr.people.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonImportService;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.imports.BackgroundImports;
import ma.gov.social.jisr.platform.api.imports.CsvImport;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Person imports: the form's rules on every line, and each CIN unique across the file and the
 * registry (checked against the database a thousand at a time, once the file has been read).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class PersonImportBean implements PersonImportService {
    private static final List<String> REQUIRED = List.of("first_name_ar", "last_name_ar", "first_name_latin",
            "last_name_latin", "sex", "province");
    private static final int CHUNK = 1000;

    @Inject
    private BackgroundImports imports;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @EJB
    private PersonImportStore store;

    @Override
    public String start(Path file, String originalName) {
        String username = me.username();
        return imports.start("people", file, originalName, new CsvImport<>(REQUIRED, CHUNK),
                new Checker(me.scope()), new CsvImport.Store<>() {
                    @Override
                    public void save(List<PersonData> chunk, String tag) {
                        store.save(chunk, tag, username);
                    }

                    @Override
                    public void discard(String tag) {
                        store.discard(tag);
                    }
                });
    }

    private final class Checker implements CsvImport.LineReader<PersonData> {
        private final TerritorialScope scope;
        private final Map<String, Long> cinLines = new HashMap<>();

        Checker(TerritorialScope scope) {
            this.scope = scope;
        }

        @Override
        public PersonData read(CsvImport.CsvLine line, List<ImportProblem> problems) {
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
            return data;
        }

        @Override
        public void finish(List<ImportProblem> problems) {
            List<String> cins = new ArrayList<>(cinLines.keySet());
            for (int i = 0; i < cins.size(); i += 1000) {
                for (String taken : store.taken(cins.subList(i, Math.min(cins.size(), i + 1000)))) {
                    problems.add(ImportProblem.of(cinLines.get(taken), "person.cin.taken", taken));
                }
            }
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        }
    }
}
