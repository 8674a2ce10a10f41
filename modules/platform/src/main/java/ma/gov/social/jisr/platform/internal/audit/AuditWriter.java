package ma.gov.social.jisr.platform.internal.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.internal.territory.TerritoryCatalog;

/**
 * Writes audit rows in the caller's transaction. Internal: open to any caller because login
 * (anonymous by definition) must be able to record failures; other modules use AuditLog.
 */
@Stateless
@PermitAll
public class AuditWriter {
    private static final Logger LOG = Logger.getLogger("jisr.audit");

    @PersistenceContext(unitName = "platform")
    private EntityManager em;
    @Inject
    private RequestOrigin origin;
    @Inject
    private TerritoryCatalog territories;

    public void write(AuditEntry entry, String username) {
        String address = origin.clientAddress();
        AuditEntry located = entry.regionCode() == null && entry.provinceCode() != null
                // a regional auditor must see the events of every province of the region
                ? entry.inTerritory(territories.regionOfProvince(entry.provinceCode()), entry.provinceCode())
                : entry;
        em.persist(new AuditEventEntity(located, username, address, LocalDateTime.now()));
        LOG.fine(() -> "audit " + located.action() + " " + located.module() + "/" + located.recordType()
                + " by " + username + " from " + address);
    }

    /** Commits the row at once, whatever becomes of the caller's transaction (see AuditLog.recordNow). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeNow(AuditEntry entry, String username) {
        write(entry, username);
    }
}
