package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreImportService;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.AssociationDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.imports.BackgroundImports;
import ma.gov.social.jisr.platform.api.imports.CsvImport;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/** Centre imports: the same rules as the form, plus unique codes across the file and the registry. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class CentreImportBean implements CentreImportService {
    private static final List<String> REQUIRED = List.of("code", "name_ar", "name_fr", "type", "province", "area",
            "managing_body", "status");
    private static final int CHUNK = 500;

    @Inject
    private BackgroundImports imports;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @EJB
    private CentreImportStore store;
    @Inject
    private AssociationDirectory associations;

    @Override
    public String start(Path file, String originalName) {
        TerritorialScope scope = me.scope();
        String username = me.username();
        Set<String> existing = store.existingCodes();
        Set<String> inFile = new HashSet<>();
        Map<String, Optional<AssociationCard>> partners = new HashMap<>();
        return imports.start("centres", "centre", file, originalName, new CsvImport<>(REQUIRED, CHUNK),
                (line, problems) -> check(line, problems, scope, inFile, existing, partners),
                (chunk, tag) -> store.save(chunk, tag, username));
    }

    /** A partner named by its registration number is looked up once per number in the file. */
    private CentreData linked(CentreData data, CsvImport.CsvLine line, List<ImportProblem> problems,
                              Map<String, Optional<AssociationCard>> partners) {
        String registration = line.get("partner_registration");
        if (data == null || registration == null || data.managingBody() != ManagingBody.ASSOCIATION) {
            return data;
        }
        Optional<AssociationCard> partner = partners.computeIfAbsent(registration.strip(),
                associations::registered);
        if (partner.isEmpty()) {
            problems.add(ImportProblem.of(line.number(), "centre.partner.unknownRegistration", registration));
            return null;
        }
        return CentreRules.withPartner(data, partner.get().id(), partner.get().nameFr());
    }

    private CentreData check(CsvImport.CsvLine line, List<ImportProblem> problems, TerritorialScope scope,
                             Set<String> codesInFile, Set<String> existing,
                             Map<String, Optional<AssociationCard>> partners) {
        CentreData data = linked(CentreCsv.read(line, problems), line, problems, partners);
        if (data == null) {
            return null;
        }
        List<JisrException> refusals = CentreRules.check(data, code -> territories.province(code).isPresent(),
                LocalDate.now());
        refusals.forEach(r -> problems.add(ImportProblem.of(line.number(), r)));
        if (!refusals.isEmpty()) {
            return null;
        }
        String region = territories.province(data.provinceCode()).map(Province::regionCode).orElseThrow();
        if (!scope.covers(region, data.provinceCode())) {
            problems.add(ImportProblem.of(line.number(), "centre.province.outsideScope"));
        } else if (!codesInFile.add(data.code())) {
            problems.add(ImportProblem.of(line.number(), "import.duplicateInFile", data.code()));
        } else if (existing.contains(data.code())) {
            problems.add(ImportProblem.of(line.number(), "centre.code.taken", data.code()));
        }
        return data;
    }
}
