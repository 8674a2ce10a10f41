package ma.gov.social.jisr.funding.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * The partner associations as other modules use them (a centre's managing association, a kit's recipient):
 * names and registration only, so any member of staff may read them; a search stays within a territory.
 */
public interface AssociationDirectory {
    Optional<AssociationCard> card(long associationId);

    /** Cards by id, for a list or an export that names many associations at once. */
    Map<Long, AssociationCard> cards(Collection<Long> associationIds);

    /** The association registered under that number (as written on its legal receipt). */
    Optional<AssociationCard> registered(String registrationNo);

    /** Associations of a territory whose name (any word) or registration number starts with the words. */
    List<AssociationCard> find(String words, TerritorialScope within, int limit);
}
