package ma.gov.social.jisr.funding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import ma.gov.social.jisr.funding.internal.iso.Debtor;
import ma.gov.social.jisr.platform.api.value.Rib;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ministry's side of its bank files, set by IT operations at run time (environment variables such as
 * JISR_DISBURSEMENT_DEBTOR_RIB), never built into the WAR: the paying account, its bank, and where files go.
 */
@ApplicationScoped
public class DisbursementSettings {
    @Inject
    @ConfigProperty(name = "jisr.disbursement.debtor.name",
            defaultValue = "Ministere de la Solidarite, de l'Insertion sociale et de la Famille")
    String debtorName;
    /** A test account by default, so that a development machine writes valid files; production sets its own. */
    @Inject
    @ConfigProperty(name = "jisr.disbursement.debtor.rib", defaultValue = "310810100001234567890175")
    String debtorRib;
    @Inject
    @ConfigProperty(name = "jisr.disbursement.debtor.bic", defaultValue = "BKAMMAMR")
    String debtorBic;
    /** Blank: the server's temporary directory (the files are written again from the database when missing). */
    @Inject
    @ConfigProperty(name = "jisr.disbursement.directory", defaultValue = " ")
    String directory;

    /** Ranges of a run's selection read side by side: as many as the cores MariaDB and the server share. */
    @Inject
    @ConfigProperty(name = "jisr.disbursement.partitions", defaultValue = "2")
    int partitions;

    int partitions() {
        return Math.max(1, Math.min(partitions, 16));
    }

    Debtor debtor() {
        return new Debtor(debtorName, new Rib(debtorRib), debtorBic);
    }

    Path directory() {
        return directory.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "jisr-disbursements")
                : Path.of(directory.strip());
    }
}
