package ma.gov.social.jisr.casework.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * On what a sharing rests: the person's (or guardian's) consent, or a legal ground that stands in for it
 * where the law provides it, and only for the purposes it covers.
 */
public enum ConsentBasis {
    CONSENT(EnumSet.allOf(ConsentPurpose.class)),
    /** A judge's order: sharing with whoever it names. */
    COURT_ORDER(EnumSet.of(ConsentPurpose.SHARE_WITH_POLICE, ConsentPurpose.SHARE_WITH_JUSTICE,
            ConsentPurpose.SHARE_WITH_HEALTH, ConsentPurpose.SHARE_WITH_SOCIAL_SERVICES)),
    /** A prosecutor's request: sharing with the justice and the judicial police. */
    PROSECUTOR_REQUEST(EnumSet.of(ConsentPurpose.SHARE_WITH_POLICE, ConsentPurpose.SHARE_WITH_JUSTICE)),
    /** A child in danger: the protection services act without waiting for anyone's agreement. */
    CHILD_IN_DANGER(EnumSet.of(ConsentPurpose.SHARE_WITH_POLICE, ConsentPurpose.SHARE_WITH_JUSTICE,
            ConsentPurpose.SHARE_WITH_HEALTH, ConsentPurpose.SHARE_WITH_SOCIAL_SERVICES));

    private final Set<ConsentPurpose> covers;

    ConsentBasis(Set<ConsentPurpose> covers) {
        this.covers = covers;
    }

    public boolean legalGround() {
        return this != CONSENT;
    }

    public boolean covers(ConsentPurpose purpose) {
        return covers.contains(purpose);
    }
}
