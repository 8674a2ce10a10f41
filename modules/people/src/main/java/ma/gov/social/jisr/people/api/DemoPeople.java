package ma.gov.social.jisr.people.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The registry for other modules' demo data, which is written at first start in development mode, with no
 * caller: only the persons the demo itself wrote (created by {@code DemoData.AUTHOR}), so that it can neither
 * show nor reach a real record. Not audited.
 */
public interface DemoPeople {
    /** Demo persons of that sex born in those years (inclusive), not merged, by id. */
    List<PersonCard> persons(Sex sex, int bornFrom, int bornTo);

    /** Demo persons by id; an id that is not a demo person is left out. */
    Map<Long, PersonCard> cards(Collection<Long> personIds);

    /** The demo children whose recorded guardian is one of these demo persons: guardian id to child ids. */
    Map<Long, List<Long>> children(Collection<Long> guardianIds);
}
