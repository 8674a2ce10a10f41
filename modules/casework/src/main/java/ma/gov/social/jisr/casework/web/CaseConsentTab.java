package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.api.Consent;
import ma.gov.social.jisr.casework.api.ConsentBasis;
import ma.gov.social.jisr.casework.api.ConsentData;
import ma.gov.social.jisr.casework.api.ConsentGiver;
import ma.gov.social.jisr.casework.api.ConsentPurpose;
import ma.gov.social.jisr.casework.api.ReferralService;

/** Consents and legal grounds: what allows sharing, recorded and withdrawn. */
@Named
@ViewScoped
public class CaseConsentTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;
    @Inject
    private CaseFileTabs tabs;

    private ConsentPurpose purpose;
    private ConsentBasis basis = ConsentBasis.CONSENT;
    private ConsentGiver givenBy = ConsentGiver.PERSON;
    private Long guardianId;
    private String reference;
    private LocalDate givenOn = LocalDate.now();
    private transient List<Consent> consents;

    public void record() {
        ConsentGiver giver = basis != null && basis.legalGround() ? ConsentGiver.NOBODY : givenBy;
        if (CaseActions.run(() -> referrals.recordConsent(tabs.getCaseId(), new ConsentData(purpose, basis, giver,
                giver == ConsentGiver.GUARDIAN ? guardianId : null, reference, givenOn)), "case.consent.recorded")) {
            purpose = null;
            reference = null;
            guardianId = null;
            consents = null;
        }
    }

    public void withdraw(long consentId) {
        if (CaseActions.run(() -> referrals.withdrawConsent(tabs.getCaseId(), consentId), "case.consent.withdrawn.done")) {
            consents = null;
        }
    }

    public List<Consent> getConsents() {
        if (consents == null) {
            consents = referrals.consents(tabs.getCaseId());
        }
        return consents;
    }

    public boolean isLegalGround() {
        return basis != null && basis.legalGround();
    }

    public ConsentPurpose[] getPurposes() {
        return ConsentPurpose.values();
    }

    public ConsentBasis[] getBases() {
        return ConsentBasis.values();
    }

    public List<ConsentGiver> getGivers() {
        return List.of(ConsentGiver.PERSON, ConsentGiver.GUARDIAN);
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(ConsentPurpose purpose) {
        this.purpose = purpose;
    }

    public ConsentBasis getBasis() {
        return basis;
    }

    public void setBasis(ConsentBasis basis) {
        this.basis = basis;
    }

    public ConsentGiver getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(ConsentGiver givenBy) {
        this.givenBy = givenBy;
    }

    public Long getGuardianId() {
        return guardianId;
    }

    public void setGuardianId(Long guardianId) {
        this.guardianId = guardianId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }
}
