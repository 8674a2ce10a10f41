package ma.gov.social.jisr.centres.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * Centres as other modules use them: a case's centre, a shelter's beds. Public facts about
 * establishments, not personal data, so any member of staff may read them.
 */
public interface CentreDirectory {
    Optional<CentreCard> card(long centreId);

    /** Cards by id, for a list that names many centres at once. */
    java.util.Map<Long, CentreCard> cards(Collection<Long> centreIds);

    /** Open centres of these types within a territory, by province and name: a screen's choice of centre. */
    List<CentreCard> open(Collection<CentreType> types, TerritorialScope within);
}
