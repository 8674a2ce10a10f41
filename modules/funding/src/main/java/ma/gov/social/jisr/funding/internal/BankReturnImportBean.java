package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import ma.gov.social.jisr.funding.api.BankReturnImport;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.imports.BackgroundImports;
import ma.gov.social.jisr.platform.api.imports.CsvImport;

/** Bank returns go through the platform's imports: checked whole, staged, then applied at once (see BankReturnStore). */
@Stateless
@RolesAllowed(Roles.FINANCE_OFFICER)
public class BankReturnImportBean implements BankReturnImport {
    private static final int CHUNK = 500;

    @Inject
    private BackgroundImports imports;
    @Inject
    private CurrentUser me;
    @Inject
    private FundingGate gate;
    @EJB
    private BankReturnStore store;

    @Override
    public String start(Path file, String originalName) {
        gate.requireNational("run", 0, "reconcile a bank return", "funding.run.nationalOnly");
        String username = me.username();
        CsvImport<BankLine> format = BankLines.isXml(file) ? new CsvImport<>(CHUNK, BankLines::camtLines)
                : new CsvImport<>(BankLines.CSV_COLUMNS, CHUNK);
        Set<String> seen = new HashSet<>();
        return imports.start(BankReturnStore.MODULE, "bank-return", file, originalName, format,
                (line, problems) -> BankLines.read(line, problems, seen),
                (chunk, tag) -> store.save(chunk, tag, username));
    }
}
