package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.children.api.CaseFlag;
import ma.gov.social.jisr.children.api.FlagService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** Early marriage and school dropout on the case file: raise a flag, record what was done, close it. */
@Named
@ViewScoped
public class FlagsTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FlagService flags;
    @Inject
    private CaseFileTabs tabs;

    private CaseFlag.Kind kind;
    private CaseFlag.Level level;
    private LocalDate on = LocalDate.now();
    private String note;
    private Long flagId;
    private CaseFlag.Action action;
    private CaseFlag.Outcome outcome;
    private transient List<CaseFlag> list;

    public void raise() {
        attempt(() -> flags.raise(tabs.getCaseId(), kind, level, on, note), "children.flag.raised");
    }

    public void act() {
        attempt(() -> flags.act(flagId == null ? 0 : flagId, action, on, note), "children.flag.acted");
    }

    public void close() {
        attempt(() -> flags.close(flagId == null ? 0 : flagId, outcome, on), "children.flag.closedNow");
    }

    private void attempt(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            list = null;
            note = null;
            tabs.changed();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<CaseFlag> getFlags() {
        if (list == null) {
            list = tabs.getFile() == null ? List.of() : flags.flags(tabs.getCaseId());
        }
        return list;
    }

    public List<CaseFlag> getOpenFlags() {
        return getFlags().stream().filter(CaseFlag::open).toList();
    }

    public CaseFlag.Kind[] getKinds() {
        return CaseFlag.Kind.values();
    }

    public CaseFlag.Level[] getLevels() {
        return CaseFlag.Level.values();
    }

    public CaseFlag.Action[] getActions() {
        return CaseFlag.Action.values();
    }

    public CaseFlag.Outcome[] getOutcomes() {
        return CaseFlag.Outcome.values();
    }

    public CaseFlag.Kind getKind() {
        return kind;
    }

    public void setKind(CaseFlag.Kind kind) {
        this.kind = kind;
    }

    public CaseFlag.Level getLevel() {
        return level;
    }

    public void setLevel(CaseFlag.Level level) {
        this.level = level;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getFlagId() {
        return flagId;
    }

    public void setFlagId(Long flagId) {
        this.flagId = flagId;
    }

    public CaseFlag.Action getAction() {
        return action;
    }

    public void setAction(CaseFlag.Action action) {
        this.action = action;
    }

    public CaseFlag.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseFlag.Outcome outcome) {
        this.outcome = outcome;
    }
}
