package ma.gov.social.jisr.casework.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import ma.gov.social.jisr.casework.api.Consent;
import ma.gov.social.jisr.casework.api.ConsentData;
import ma.gov.social.jisr.casework.api.ConsentGiver;
import ma.gov.social.jisr.casework.api.ConsentPurpose;
import ma.gov.social.jisr.platform.api.JisrException;

/** Consent and the legal grounds that stand in for it. */
final class ConsentRules {
    private ConsentRules() {
    }

    /** Checks a consent before it is recorded: refused with a message key when it does not hold together. */
    static void check(ConsentData c, LocalDate today) {
        if (c.purpose() == null || c.basis() == null || c.givenOn() == null) {
            throw new JisrException("casework.consent.incomplete");
        }
        if (c.givenOn().isAfter(today)) {
            throw new JisrException("casework.consent.future");
        }
        if (!c.basis().covers(c.purpose())) {
            throw new JisrException("casework.consent.groundDoesNotCover");
        }
        if (c.basis().legalGround()) {
            if (c.reference() == null || c.reference().isBlank()) {
                throw new JisrException("casework.consent.referenceRequired");
            }
        } else if (c.givenBy() == null || c.givenBy() == ConsentGiver.NOBODY) {
            throw new JisrException("casework.consent.giverRequired");
        } else if (c.givenBy() == ConsentGiver.GUARDIAN && c.guardianPersonId() == null) {
            throw new JisrException("casework.consent.guardianRequired");
        }
    }

    /** The active consent or legal ground that allows sharing for {@code purpose}, if any. */
    static Optional<Consent> covering(Collection<Consent> consents, ConsentPurpose purpose) {
        return consents.stream()
                .filter(Consent::active)
                .filter(c -> c.purpose() == purpose && c.basis().covers(purpose))
                // a legal ground is the stronger basis: it stands even if the person withdraws
                .min((a, b) -> Boolean.compare(!a.basis().legalGround(), !b.basis().legalGround()));
    }
}
