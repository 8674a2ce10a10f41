package ma.gov.social.jisr.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What IT operations rely on when several servers share one database. */
class OperationsIT extends DeployedJisr {
    @Test
    void theBatchRuntimesTablesComeFromTheMigrationNotFromAFirstJobStart() throws Exception {
        // created no later than the platform's migration 8 was recorded: before any server could start a job
        List<String> tables = ItDatabase.column("select table_name from information_schema.tables where table_schema ="
                + " 'jisr' and table_name like 'jbatch%' and create_time <= (select installed_on from"
                + " jisr.flyway_history_platform where version = '8' and success) order by table_name");
        assertEquals(List.of("jbatchCHECKPOINTDATA", "jbatchEXECUTIONINSTANCEDATA", "jbatchJOBINSTANCEDATA",
                "jbatchJOBSTATUS", "jbatchSTEPEXECUTIONINSTANCEDATA", "jbatchSTEPSTATUS"), tables);
    }
}
