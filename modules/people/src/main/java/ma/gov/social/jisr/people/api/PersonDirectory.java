package ma.gov.social.jisr.people.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Persons as the modules that hold records about them read them (a case's person, a referral's subject):
 * by id, whatever the person's own province, because the module's record decides who may see it. The
 * calling module checks its own access and audits the reading of its record; merged persons lead to the
 * person they were merged into.
 */
public interface PersonDirectory {
    Optional<PersonCard> card(long personId);

    Map<Long, PersonCard> cards(Collection<Long> personIds);
}
