package ma.gov.social.jisr.casework.api;

import java.util.List;

/**
 * Consent and referrals of cases. A referral is refused unless an active consent or a legal ground covers
 * its target's purpose; it carries only the fields the target needs. The loop is closed: the sender reads
 * what the receiver did, the receiving team of another module finds it in its inbox.
 */
public interface ReferralService {
    long recordConsent(long caseId, ConsentData consent);

    void withdrawConsent(long caseId, long consentId);

    List<Consent> consents(long caseId);

    long send(long caseId, ReferralData referral);

    List<Referral> referralsOf(long caseId);

    /** The sender records what an outside service answered: RECEIVED, ACTED (what was done) or REFUSED (why). */
    void recordAnswer(long referralId, long version, ReferralStatus status, String outcome);

    /** Referrals sent by the module's cases in the caller's territory, newest first. */
    List<Referral> sent(String module, boolean pendingOnly, int limit);

    /** Referrals from other modules to this module's teams in the caller's territory. */
    List<Referral> inbox(String module, boolean pendingOnly, int limit);

    /** The receiving team accepts: a new case of its module for the referral's subject. Returns its id. */
    long accept(long referralId, long version, long centreId, String worker, String supervisor);

    void refuse(long referralId, long version, String reason);
}
