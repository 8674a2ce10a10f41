package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.children.api.Assessment;
import ma.gov.social.jisr.children.api.AssessmentDomain;
import ma.gov.social.jisr.children.api.ChildrenService;
import ma.gov.social.jisr.children.api.Concern;
import ma.gov.social.jisr.children.api.DangerLevel;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** The best-interest assessment tab: one concern per domain, the danger it adds up to, past assessments. */
@Named
@ViewScoped
public class AssessmentTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ChildrenService children;
    @Inject
    private CaseFileTabs tabs;

    private LocalDate assessedOn = LocalDate.now();
    /** The form's choices by domain, as the radio buttons post them (the names of {@link Concern}). */
    private final Map<AssessmentDomain, String> concerns = new EnumMap<>(AssessmentDomain.class);
    private boolean immediateDanger;
    private String notes;
    private transient List<Assessment> past;

    public void assess() {
        try {
            Map<AssessmentDomain, Concern> chosen = new EnumMap<>(AssessmentDomain.class);
            concerns.forEach((domain, level) -> {
                if (level != null && !level.isBlank()) {
                    chosen.put(domain, Concern.valueOf(level));
                }
            });
            DangerLevel level = children.assess(tabs.getCaseId(), assessedOn, chosen, immediateDanger, notes);
            Messages.info("children.assessment.saved", Messages.text("danger." + level));
            past = null;
            concerns.clear();
            immediateDanger = false;
            notes = null;
            tabs.changed();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<Assessment> getPast() {
        if (past == null) {
            past = tabs.getFile() == null ? List.of() : children.assessments(tabs.getCaseId());
        }
        return past;
    }

    public AssessmentDomain[] getDomains() {
        return AssessmentDomain.values();
    }

    public Concern[] getLevels() {
        return Concern.values();
    }

    public Map<AssessmentDomain, String> getConcerns() {
        return concerns;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public boolean isImmediateDanger() {
        return immediateDanger;
    }

    public void setImmediateDanger(boolean immediateDanger) {
        this.immediateDanger = immediateDanger;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
