package ma.gov.social.jisr.funding.internal;

import java.util.EnumSet;
import java.util.Set;
import ma.gov.social.jisr.funding.api.AgreementStatus;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.NotPayable;

/**
 * Why a tranche is or is not due and payable: its condition met (the first on signature; each next one once
 * the one before is paid and its report approved), the agreement active, the association neither suspended
 * nor blacklisted, its RIB approved and no change of it waiting. The same rule answers the screens and the
 * disbursement batch.
 */
final class Payability {
    /** The facts the rule reads about one tranche. */
    record Facts(String payment, AgreementStatus agreement, AssociationStatus association, boolean ribApproved,
                 boolean ribChangePending, boolean onSignature, String previousPayment, String previousReport) {
    }

    private Payability() {
    }

    static Set<NotPayable> blockers(Facts f) {
        Set<NotPayable> why = EnumSet.noneOf(NotPayable.class);
        if ("PAID".equals(f.payment())) {
            why.add(NotPayable.ALREADY_PAID);
            return why;
        }
        if ("CLAIMED".equals(f.payment())) {
            why.add(NotPayable.BEING_PAID);
        }
        if (f.agreement() != AgreementStatus.ACTIVE) {
            why.add(NotPayable.AGREEMENT_NOT_ACTIVE);
        }
        if (f.association() == AssociationStatus.SUSPENDED) {
            why.add(NotPayable.ASSOCIATION_SUSPENDED);
        } else if (f.association() == AssociationStatus.BLACKLISTED) {
            why.add(NotPayable.ASSOCIATION_BLACKLISTED);
        }
        if (!f.ribApproved()) {
            why.add(NotPayable.NO_APPROVED_RIB);
        }
        if (f.ribChangePending()) {
            why.add(NotPayable.RIB_CHANGE_PENDING);
        }
        if (!f.onSignature()) {
            if (!"PAID".equals(f.previousPayment())) {
                why.add(NotPayable.PREVIOUS_TRANCHE_UNPAID);
            }
            if (f.previousReport() == null) {
                why.add(NotPayable.PREVIOUS_REPORT_MISSING);
            } else if (!"APPROVED".equals(f.previousReport())) {
                why.add(NotPayable.PREVIOUS_REPORT_NOT_APPROVED);
            }
        }
        return why;
    }
}
