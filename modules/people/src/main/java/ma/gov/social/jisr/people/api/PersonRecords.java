package ma.gov.social.jisr.people.api;

import java.util.Set;

/**
 * Implemented by every business module that keeps records about persons (an application-scoped CDI
 * bean). The persons registry asks it what it holds, to show on a person's page, and tells it to move
 * its links when two persons are merged, in the merge's transaction, so that no link is lost.
 */
public interface PersonRecords {
    /** The module's name, as in the audit log and the bundles ("women", "children"...). */
    String module();

    /** The roles that may know the module holds records about someone. */
    Set<String> readers();

    long countFor(long personId);

    /** Re-points every record of {@code fromPersonId} to {@code toPersonId}. */
    void moveAll(long fromPersonId, long toPersonId);
}
