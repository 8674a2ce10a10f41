package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.OfferedService;
import ma.gov.social.jisr.platform.api.Roles;
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
     * Plain JDBC batches for the chunk: EclipseLink binds a native query's parameters in a time that grows
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement centres = c.prepareStatement("insert into cen_centre_import (id, import_tag, "
                     + CentreEntity.STAGED_COLUMNS + ") values ("
                     + String.join(", ", Collections.nCopies(22, "?")) + ")");
             PreparedStatement services = c.prepareStatement("insert into cen_centre_service_import"
                     + " (import_tag, centre_id, service) values (?, ?, ?)");
             PreparedStatement coverage = c.prepareStatement("insert into cen_centre_coverage_import"
                     + " (import_tag, centre_id, province_code) values (?, ?, ?)")) {
            for (int i = 0; i < chunk.size(); i++) {
                CentreData data = chunk.get(i);
                CentreEntity centre = new CentreEntity(username, now);
                centre.apply(data, territories.province(data.provinceCode()).orElseThrow().regionCode(), username, now);
                centres.setLong(1, ids[i]);
                centres.setString(2, tag);
                Object[] values = centre.stagedValues();
                for (int v = 0; v < values.length; v++) {
                    centres.setObject(v + 3, values[v]);
                }
                centres.addBatch();
                for (OfferedService service : centre.services()) {
                    add(services, tag, ids[i], service.name());
                }
                for (String province : centre.coveredProvinces()) {
                    add(coverage, tag, ids[i], province);
                }
            }
            centres.executeBatch();
            services.executeBatch();
            coverage.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not stage centres of import " + tag, e);
        }
        return 0;
    }

    private static void add(PreparedStatement insert, String tag, long centre, String value) throws SQLException {
        insert.setString(1, tag);
        insert.setLong(2, centre);
        insert.setString(3, value);
        insert.addBatch();
    }

    /** Fresh ids from the registry's sequence, in blocks as EclipseLink takes them (see CentreEntity.ID_BLOCK). */
    private long[] ids(int count) {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            long last = ((Number) em.createNativeQuery("select nextval(cen_centre_seq)").getSingleResult()).longValue();
            for (long id = last - CentreEntity.ID_BLOCK + 1; id <= last && filled < count; id++) {
                ids[filled++] = id;
            }
        }
        return ids;
    }
}
