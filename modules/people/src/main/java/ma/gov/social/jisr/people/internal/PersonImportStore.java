package ma.gov.social.jisr.people.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/** The person import's writes, each chunk in a short transaction of its own. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PersonImportStore {
    @PersistenceContext(unitName = "people")
    private EntityManager em;
    @Inject
    private TerritoryService territories;

    /** Which of these CINs are already registered. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> taken(Collection<String> cins) {
        if (cins.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select p.cin from PersonEntity p where p.cin in :cins", String.class)
                .setParameter("cins", cins).getResultList());
    }

    public void save(List<PersonData> chunk, String tag, String username) {
        LocalDateTime now = LocalDateTime.now();
        for (PersonData data : chunk) {
            PersonEntity person = new PersonEntity(username, now);
            person.apply(data, PersonRules.cin(data), PersonRules.phone(data),
                    territories.province(data.provinceCode()).orElseThrow().regionCode(), username, now);
            person.setImportTag(tag);
            em.persist(person);
        }
    }

    /** Takes back every person a failed import saved. */
    public void discard(String tag) {
        em.createNativeQuery("delete from ppl_person where import_tag = ?").setParameter(1, tag).executeUpdate();
    }
}
