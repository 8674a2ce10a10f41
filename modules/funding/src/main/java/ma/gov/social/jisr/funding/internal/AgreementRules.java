package ma.gov.social.jisr.funding.internal;

import ma.gov.social.jisr.funding.api.AgreementData;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** What an agreement and a repayment claim must say. */
final class AgreementRules {
    private AgreementRules() {
    }

    static void check(AgreementData d, Dirhams requested) {
        if (d.amountGranted() == null || d.startsOn() == null || d.endsOn() == null
                || CallRules.blank(d.ministrySignatory()) || CallRules.blank(d.associationSignatory())) {
            throw new JisrException("funding.agreement.incomplete");
        }
        AssociationRules.text(d.conditions(), 2000, "funding.agreement.conditionsRequired");
        if (d.ministrySignatory().strip().length() > 120 || d.associationSignatory().strip().length() > 120) {
            throw new JisrException("funding.text.tooLong", 120);
        }
        if (d.amountGranted().compareTo(Dirhams.ZERO) <= 0) {
            throw new JisrException("funding.agreement.amount");
        }
        if (d.amountGranted().compareTo(requested) > 0) {
            throw new JisrException("funding.agreement.aboveRequested", requested);
        }
        if (!d.endsOn().isAfter(d.startsOn())) {
            throw new JisrException("funding.agreement.dates");
        }
        Schedule.amounts(d.amountGranted(), d.schedule());
    }

    /** A claim asks back no more than was paid, for a stated reason. */
    static void checkClaim(Dirhams amount, String reason, Dirhams paid) {
        if (!"UNSPENT".equals(reason) && !"MISUSED".equals(reason)) {
            throw new JisrException("funding.claim.reasonRequired");
        }
        if (amount.compareTo(Dirhams.ZERO) <= 0) {
            throw new JisrException("funding.claim.amount");
        }
        if (amount.compareTo(paid) > 0) {
            throw new JisrException("funding.claim.abovePaid", paid);
        }
    }
}
