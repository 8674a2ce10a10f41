package ma.gov.social.jisr.women.internal;

import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.women.api.Intake;

/** An intake holds together before anything is written. */
final class IntakeRules {
    private IntakeRules() {
    }

    static void check(Intake i, LocalDate today) {
        if (i.intakeOn() == null || i.channel() == null || i.perpetrator() == null) {
            throw new JisrException("women.intake.incomplete");
        }
        if (i.kinds().isEmpty()) {
            throw new JisrException("women.intake.kindRequired");
        }
        if (i.intakeOn().isAfter(today)) {
            throw new JisrException("casework.date.future");
        }
        if (i.childIds().contains(i.personId())) {
            throw new JisrException("women.intake.childIsHerself");
        }
    }
}
