package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ma.gov.social.jisr.platform.api.imports.ImportStaging;

/**
 * Publishes or takes back the centres an import staged, in the platform's transaction (the one that
 * records the import's end): every centre of the file appears in the registry at once, with its id.
 * Open to any caller because the platform calls it on behalf of the uploader and from its sweep, which
 * runs as no one; it only ever runs inside the import's own step, the transaction that locks its row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CentreStaging implements ImportStaging {
    private static final String COLUMNS = "id, import_tag, " + CentreEntity.STAGED_COLUMNS;

    @PersistenceContext(unitName = "centres")
    private EntityManager em;

    @Override
    public String module() {
        return "centres";
    }

    @Override
    public void publish(String tag) {
        run("insert into cen_centre (" + COLUMNS + ", updated_at, updated_by) select " + COLUMNS
                + ", created_at, created_by from cen_centre_import where import_tag = ?", tag);
        run("insert into cen_centre_service (centre_id, service) select centre_id, service"
                + " from cen_centre_service_import where import_tag = ?", tag);
        run("insert into cen_centre_coverage (centre_id, province_code) select centre_id, province_code"
                + " from cen_centre_coverage_import where import_tag = ?", tag);
        discard(tag);
    }

    @Override
    public void discard(String tag) {
        run("delete from cen_centre_service_import where import_tag = ?", tag);
        run("delete from cen_centre_coverage_import where import_tag = ?", tag);
        run("delete from cen_centre_import where import_tag = ?", tag);
    }

    private void run(String sql, String tag) {
        em.createNativeQuery(sql).setParameter(1, tag).executeUpdate();
    }
}
