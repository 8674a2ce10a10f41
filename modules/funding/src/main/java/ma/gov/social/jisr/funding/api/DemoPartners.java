package ma.gov.social.jisr.funding.api;

import java.util.List;

/**
 * The demo associations for other modules' demo data, written at first start in development mode with no
 * caller: only associations the demo itself wrote, so it can never name a real one.
 */
public interface DemoPartners {
    /** The demo associations, by province then registration number. */
    List<AssociationCard> all();
}
