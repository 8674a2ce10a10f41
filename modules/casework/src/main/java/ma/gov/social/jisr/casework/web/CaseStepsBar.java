package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** The steps bar of a case file: where the case stands, move on, close with a reason, reopen with a note. */
@Named
@ViewScoped
public class CaseStepsBar implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWork work;
    @Inject
    private CaseFileTabs tabs;

    private String note;
    private CloseReason reason;
    private String closeNote;
    private String reopenNote;
    private boolean closing;

    public void moveOn() {
        act(() -> work.moveOn(tabs.getCaseId(), tabs.getFile().version(), note), "case.step.moved");
        note = null;
    }

    public void close() {
        act(() -> work.close(tabs.getCaseId(), tabs.getFile().version(), reason, closeNote), "case.step.closed");
    }

    public void reopen() {
        act(() -> work.reopen(tabs.getCaseId(), tabs.getFile().version(), reopenNote), "case.step.reopened");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            tabs.changed();
            reason = null;
            closeNote = null;
            reopenNote = null;
            closing = false;
            Messages.info(done);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** The steps on the way to closure, in order (closure is shown apart). */
    public List<CaseStep> getSteps() {
        return Arrays.stream(CaseStep.values()).filter(CaseStep::open).toList();
    }

    /** "done", "current" or "ahead", for the bar's look. */
    public String state(CaseStep step) {
        CaseStep at = tabs.getFile() == null ? null : tabs.getFile().step();
        if (at == null || at == CaseStep.CLOSED) {
            return "done";
        }
        return step == at ? "current" : step.ordinal() < at.ordinal() ? "done" : "ahead";
    }

    /** Shows or hides the closing form. */
    public void toggleClosing() {
        closing = !closing;
    }

    public boolean isClosing() {
        return closing;
    }

    /** The next step, when the case may move on to it (after follow-up it closes instead). */
    public CaseStep getNext() {
        CaseStep next = tabs.getFile() == null ? null : tabs.getFile().step().next();
        return next == CaseStep.CLOSED ? null : next;
    }

    public CloseReason[] getReasons() {
        return CloseReason.values();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public CloseReason getReason() {
        return reason;
    }

    public void setReason(CloseReason reason) {
        this.reason = reason;
    }

    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String closeNote) {
        this.closeNote = closeNote;
    }

    public String getReopenNote() {
        return reopenNote;
    }

    public void setReopenNote(String reopenNote) {
        this.reopenNote = reopenNote;
    }
}
