package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;

/**
 * The partner associations of the caller's territory. Partnership officers and administrators enter and
 * change them; finance officers and auditors read them. A RIB change is a sensitive act: it takes effect
 * only when a second person (never the one who asked) approves it, and both acts are audited.
 */
public interface AssociationService {
    List<AssociationRow> rows(AssociationFilter filter, PageRequest page);

    long count(AssociationFilter filter);

    AssociationDetails get(long id);

    /** Registers an association (ACTIVE, no RIB until a change is asked for and approved). */
    long create(AssociationData data);

    void update(long id, long version, AssociationData data);

    /** Asks for a new RIB, checked by its key; returns the change, which waits for approval. */
    long requestRibChange(long associationId, String rib, String reason);

    /** Puts the RIB in force; refused to the person who asked for it. */
    void approveRibChange(long changeId, long version);

    void rejectRibChange(long changeId, long version, String note);

    List<RibChange> ribChanges(long associationId);

    /** RIB changes waiting for approval in the caller's territory that the caller may approve (not their own). */
    List<RibChange> ribChangesToApprove(int limit);

    /** Warns, suspends, blacklists or restores an association on a decision (its reference) of a given day. */
    void decideStatus(long id, long version, AssociationStatus status, String decision, LocalDate decidedOn);

    List<StatusDecision> statusHistory(long id);
}
