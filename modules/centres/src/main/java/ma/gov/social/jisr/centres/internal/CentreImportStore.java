package ma.gov.social.jisr.centres.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/** The centre import's writes, each chunk in a short transaction of its own. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CentreImportStore {
    @PersistenceContext(unitName = "centres")
    private EntityManager em;
    @Inject
    private TerritoryService territories;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> existingCodes() {
        return new HashSet<>(em.createQuery("select c.code from CentreEntity c", String.class).getResultList());
    }

    public void save(List<CentreData> chunk, String tag, String username) {
        LocalDateTime now = LocalDateTime.now();
        for (CentreData data : chunk) {
            CentreEntity centre = new CentreEntity(username, now);
            centre.apply(data, territories.province(data.provinceCode()).orElseThrow().regionCode(), username, now);
            centre.setImportTag(tag);
            em.persist(centre);
        }
    }

    /** Takes back every centre a failed import saved. */
    public void discard(String tag) {
        em.createNativeQuery("delete from cen_centre where import_tag = ?").setParameter(1, tag).executeUpdate();
    }
}
