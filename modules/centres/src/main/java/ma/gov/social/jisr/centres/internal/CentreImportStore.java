package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.OfferedService;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * The centre import's writes: each chunk staged (cen_centre_import and its two lists) in the transaction
 * of the import's step, never in cen_centre: the import's {@link CentreStaging} publishes them at the end.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class CentreImportStore {
    @PersistenceContext(unitName = "centres")
    private EntityManager em;
    /**
     * SQL batches for the chunk: EclipseLink binds a native query's parameters in a time that grows
     * with their square. In the step's transaction all the same.
     */
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private TerritoryService territories;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> existingCodes() {
        return new HashSet<>(em.createQuery("select c.code from CentreEntity c", String.class).getResultList());
    }

    /** The centre's rules are CentreEntity.apply's, run on a centre that is never persisted. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int save(List<CentreData> chunk, String tag, String username) {
        LocalDateTime now = LocalDateTime.now();
        long[] ids = ids(chunk.size());
        List<Object[]> centres = new ArrayList<>(chunk.size());
        List<Object[]> services = new ArrayList<>();
        List<Object[]> coverage = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            CentreData data = chunk.get(i);
            CentreEntity centre = new CentreEntity(username, now);
            centre.apply(data, territories.province(data.provinceCode()).orElseThrow().regionCode(), username, now);
            Object[] staged = centre.stagedValues();
            Object[] values = new Object[staged.length + 2];
            values[0] = ids[i];
            values[1] = tag;
            System.arraycopy(staged, 0, values, 2, staged.length);
            centres.add(values);
            for (OfferedService service : centre.services()) {
                services.add(new Object[] {tag, ids[i], service});
            }
            for (String province : centre.coveredProvinces()) {
                coverage.add(new Object[] {tag, ids[i], province});
            }
        }
        Sql sql = new Sql(dataSource);
        int columns = 2 + CentreEntity.STAGED_COLUMNS.split(",").length;
        sql.batch("insert into cen_centre_import (id, import_tag, " + CentreEntity.STAGED_COLUMNS + ") values ("
                + String.join(", ", Collections.nCopies(columns, "?")) + ")", centres);
        sql.batch("insert into cen_centre_service_import (import_tag, centre_id, service) values (?, ?, ?)", services);
        sql.batch("insert into cen_centre_coverage_import (import_tag, centre_id, province_code) values (?, ?, ?)",
                coverage);
        return 0;
    }

    /** Fresh ids from the registry's sequence, in blocks as EclipseLink takes them (see CentreEntity.ID_BLOCK). */
    private long[] ids(int count) {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            long last = new Sql(dataSource).number("select nextval(cen_centre_seq)");
            for (long id = last - CentreEntity.ID_BLOCK + 1; id <= last && filled < count; id++) {
                ids[filled++] = id;
            }
        }
        return ids;
    }
}
