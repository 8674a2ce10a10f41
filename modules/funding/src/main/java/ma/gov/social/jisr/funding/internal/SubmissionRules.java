package ma.gov.social.jisr.funding.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.ProjectData;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Whether a submission may be taken: the first rule broken is the message. The window is the call's, in
 * Morocco time; the association's age counts on the day the call opened.
 */
final class SubmissionRules {
    static final int MAX_LINES = 30;

    private SubmissionRules() {
    }

    static void check(CallData call, AssociationDetails a, ProjectData p, Set<DocumentKind> documents,
                      LocalDateTime now) {
        if (CallRules.blank(p.title()) || p.domain() == null || p.receivedAt() == null || p.amountRequested() == null
                || p.lines().isEmpty() || p.durationMonths() < 1) {
            throw new JisrException("funding.project.incomplete");
        }
        if (p.title().strip().length() > 300 || p.durationMonths() > 60 || p.lines().size() > MAX_LINES) {
            throw new JisrException("funding.project.limits");
        }
        if (p.receivedAt().isAfter(now)) {
            throw new JisrException("funding.project.receivedInFuture");
        }
        if (p.receivedAt().isBefore(call.opensAt()) || !p.receivedAt().isBefore(call.closesAt())) {
            throw new JisrException("funding.project.outsideWindow");
        }
        eligible(call, a, p.domain());
        Dirhams total = Dirhams.ZERO;
        Dirhams requested = Dirhams.ZERO;
        for (BudgetLine line : p.lines()) {
            if (CallRules.blank(line.label()) || line.total() == null || line.ownContribution() == null
                    || line.total().compareTo(Dirhams.ZERO) <= 0 || line.ownContribution().isNegative()
                    || line.ownContribution().compareTo(line.total()) > 0) {
                throw new JisrException("funding.project.budgetLine");
            }
            total = total.plus(line.total());
            requested = requested.plus(line.requested());
        }
        if (requested.compareTo(p.amountRequested()) != 0) {
            throw new JisrException("funding.project.budgetSum", p.amountRequested(), requested);
        }
        if (p.amountRequested().compareTo(call.ceiling()) > 0) {
            throw new JisrException("funding.project.aboveCeiling", call.ceiling());
        }
        for (DocumentKind required : call.requiredDocuments()) {
            if (!documents.contains(required)) {
                throw new JisrException("funding.project.documentMissing",
                        new JisrException.Word("document." + required.name()));
            }
        }
        if (p.targets().values().stream().anyMatch(n -> n == null || n < 1)) {
            throw new JisrException("funding.project.targets");
        }
    }

    /** The call's eligibility rules for this association and domain. */
    static void eligible(CallData call, AssociationDetails a, ma.gov.social.jisr.funding.api.FundingDomain domain) {
        if (a.status() == AssociationStatus.SUSPENDED || a.status() == AssociationStatus.BLACKLISTED) {
            throw new JisrException("funding.project.associationBarred",
                    new JisrException.Word("status." + a.status().name()));
        }
        if (a.status() != AssociationStatus.ACTIVE) {
            throw new JisrException("funding.project.associationNotActive");
        }
        LocalDate opened = call.opensAt().toLocalDate();
        if (a.registeredOn().plusYears(call.minYears()).isAfter(opened)) {
            throw new JisrException("funding.project.tooYoung", call.minYears());
        }
        if (!call.domains().contains(domain)) {
            throw new JisrException("funding.project.domainOutside");
        }
        if (!call.provinces().isEmpty() && !call.provinces().contains(a.provinceCode())) {
            throw new JisrException("funding.project.provinceOutside");
        }
    }
}
