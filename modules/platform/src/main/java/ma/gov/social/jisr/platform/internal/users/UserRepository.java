package ma.gov.social.jisr.platform.internal.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Account lookups shared by login, the current-user bean and administration. */
@ApplicationScoped
public class UserRepository {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** Locks the row so that concurrent failed logins count every attempt (held for a few statements only). */
    public Optional<UserAccount> byIdForUpdate(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    public EntityManager em() {
        return em;
    }
}
