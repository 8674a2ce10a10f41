package ma.gov.social.jisr.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.imports.ImportStaging;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Publishes or takes back the persons an import staged, in the platform's transaction (the one that
 * records the import's end). Publishing is one INSERT ... SELECT: every person of the file appears in the
 * registry at once, with the id it was staged with, and its held lines become open for a decision.
 * Open to any caller because the platform calls it on behalf of the uploader and from its sweep, which
 * runs as no one; it only ever runs inside the import's own step, the transaction that locks its row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PersonStaging implements ImportStaging {
    private static final String COLUMNS = "id, import_tag, " + PersonEntity.STAGED_COLUMNS;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public String module() {
        return "people";
    }

    @Override
    public void publish(String tag) {
        Sql sql = new Sql(dataSource);
        sql.update("insert into ppl_person (" + COLUMNS + ", updated_at, updated_by) select " + COLUMNS
                + ", created_at, created_by from ppl_person_import where import_tag = ?", tag);
        sql.update("delete from ppl_person_import where import_tag = ?", tag);
        sql.update("update ppl_import_hold set state = 'OPEN' where import_tag = ? and state = 'STAGED'", tag);
    }

    @Override
    public void discard(String tag) {
        Sql sql = new Sql(dataSource);
        sql.update("delete from ppl_person_import where import_tag = ?", tag);
        sql.update("delete from ppl_import_hold where import_tag = ? and state = 'STAGED'", tag);
    }
}
