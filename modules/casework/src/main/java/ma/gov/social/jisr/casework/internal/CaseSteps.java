package ma.gov.social.jisr.casework.internal;

import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.platform.api.JisrException;

/** The kernel's rules on steps; a module adds its own through {@code CaseModule.refusesStep}. */
final class CaseSteps {
    private CaseSteps() {
    }

    /** The step an open case moves on to; refused for a closed case or one already at its last open step. */
    static CaseStep next(CaseStep from) {
        requireOpen(from);
        CaseStep next = from.next();
        if (next == CaseStep.CLOSED) {
            throw new JisrException("casework.step.closeInstead");
        }
        return next;
    }

    static void requireOpen(CaseStep step) {
        if (!step.open()) {
            throw new JisrException("casework.closed");
        }
    }

    static void requireClosable(CaseStep step, CloseReason reason, String note) {
        requireOpen(step);
        if (reason == null) {
            throw new JisrException("casework.close.reasonRequired");
        }
        if (reason == CloseReason.OTHER && (note == null || note.isBlank())) {
            throw new JisrException("casework.close.noteRequired");
        }
    }

    /** A closed case reopens at the step it was closed from. */
    static CaseStep reopenedAt(CaseStep current, CaseStep closedFrom) {
        if (current.open()) {
            throw new JisrException("casework.reopen.notClosed");
        }
        return closedFrom == null || !closedFrom.open() ? CaseStep.REGISTERED : closedFrom;
    }
}
