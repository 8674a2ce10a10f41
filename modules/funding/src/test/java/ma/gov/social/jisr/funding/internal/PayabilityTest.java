package ma.gov.social.jisr.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import ma.gov.social.jisr.funding.api.AgreementStatus;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.NotPayable;
import ma.gov.social.jisr.funding.internal.Payability.Facts;
import org.junit.jupiter.api.Test;

class PayabilityTest {
    private static final Facts FIRST = new Facts("UNPAID", AgreementStatus.ACTIVE, AssociationStatus.ACTIVE, true,
            false, true, null, null);
    private static final Facts SECOND = new Facts("UNPAID", AgreementStatus.ACTIVE, AssociationStatus.ACTIVE, true,
            false, false, "PAID", "APPROVED");

    @Test
    void aFirstTrancheWithEverythingInOrderIsPayable() {
        assertEquals(Set.of(), Payability.blockers(FIRST));
        assertEquals(Set.of(), Payability.blockers(new Facts("UNPAID", AgreementStatus.ACTIVE,
                AssociationStatus.WARNED, true, false, true, null, null)));
    }

    @Test
    void aNextTrancheWaitsForThePreviousOnePaidAndItsReportApproved() {
        assertEquals(Set.of(), Payability.blockers(SECOND));
        assertEquals(Set.of(NotPayable.PREVIOUS_REPORT_NOT_APPROVED), Payability.blockers(previous("PAID", "SUBMITTED")));
        assertEquals(Set.of(NotPayable.PREVIOUS_REPORT_NOT_APPROVED), Payability.blockers(previous("PAID", "RETURNED")));
        assertEquals(Set.of(NotPayable.PREVIOUS_REPORT_MISSING), Payability.blockers(previous("PAID", null)));
        assertEquals(Set.of(NotPayable.PREVIOUS_TRANCHE_UNPAID), Payability.blockers(previous("UNPAID", "APPROVED")));
        assertEquals(Set.of(NotPayable.PREVIOUS_TRANCHE_UNPAID), Payability.blockers(previous("CLAIMED", "APPROVED")));
        assertEquals(Set.of(NotPayable.PREVIOUS_TRANCHE_UNPAID, NotPayable.PREVIOUS_REPORT_MISSING),
                Payability.blockers(previous(null, null)));
    }

    @Test
    void eachReasonAlone() {
        assertEquals(Set.of(NotPayable.BEING_PAID), Payability.blockers(new Facts("CLAIMED", AgreementStatus.ACTIVE,
                AssociationStatus.ACTIVE, true, false, true, null, null)));
        for (AgreementStatus status : new AgreementStatus[] {AgreementStatus.DRAFT, AgreementStatus.COMPLETED,
            AgreementStatus.TERMINATED}) {
            assertEquals(Set.of(NotPayable.AGREEMENT_NOT_ACTIVE), Payability.blockers(new Facts("UNPAID", status,
                    AssociationStatus.ACTIVE, true, false, true, null, null)));
        }
        assertEquals(Set.of(NotPayable.ASSOCIATION_SUSPENDED), Payability.blockers(new Facts("UNPAID",
                AgreementStatus.ACTIVE, AssociationStatus.SUSPENDED, true, false, true, null, null)));
        assertEquals(Set.of(NotPayable.ASSOCIATION_BLACKLISTED), Payability.blockers(new Facts("UNPAID",
                AgreementStatus.ACTIVE, AssociationStatus.BLACKLISTED, true, false, true, null, null)));
        assertEquals(Set.of(NotPayable.NO_APPROVED_RIB), Payability.blockers(new Facts("UNPAID",
                AgreementStatus.ACTIVE, AssociationStatus.ACTIVE, false, false, true, null, null)));
        assertEquals(Set.of(NotPayable.RIB_CHANGE_PENDING), Payability.blockers(new Facts("UNPAID",
                AgreementStatus.ACTIVE, AssociationStatus.ACTIVE, true, true, true, null, null)));
    }

    @Test
    void aPaidTrancheIsOnlyAlreadyPaid() {
        assertEquals(Set.of(NotPayable.ALREADY_PAID), Payability.blockers(new Facts("PAID", AgreementStatus.ACTIVE,
                AssociationStatus.ACTIVE, true, false, true, null, null)));
        assertEquals(Set.of(NotPayable.ALREADY_PAID), Payability.blockers(new Facts("PAID",
                AgreementStatus.TERMINATED, AssociationStatus.BLACKLISTED, false, true, false, "UNPAID", null)));
    }

    @Test
    void everyReasonAtOnceForAnUnpaidTranche() {
        Facts worst = new Facts("CLAIMED", AgreementStatus.TERMINATED, AssociationStatus.SUSPENDED, false, true,
                false, "UNPAID", "SUBMITTED");
        assertEquals(Set.of(NotPayable.BEING_PAID, NotPayable.AGREEMENT_NOT_ACTIVE, NotPayable.ASSOCIATION_SUSPENDED,
                NotPayable.NO_APPROVED_RIB, NotPayable.RIB_CHANGE_PENDING, NotPayable.PREVIOUS_TRANCHE_UNPAID,
                NotPayable.PREVIOUS_REPORT_NOT_APPROVED), Payability.blockers(worst));
    }

    private static Facts previous(String payment, String report) {
        return new Facts(SECOND.payment(), SECOND.agreement(), SECOND.association(), true, false, false, payment,
                report);
    }
}
