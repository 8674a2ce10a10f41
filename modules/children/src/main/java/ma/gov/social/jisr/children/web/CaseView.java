package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseFile;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.children.api.ChildrenService;
import ma.gov.social.jisr.children.api.IdentificationDetails;
import ma.gov.social.jisr.children.api.TransitionKind;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * A child's case file: the kernel's file (opened once, audited; break the glass for a restricted case) with
 * the module's identification, assessment, life project, measures and placements tabs among the kernel's.
 */
@Named("childCaseView")
@ViewScoped
public class CaseView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String MODULE = "children";
    /** Days before the 18th birthday from which the file shows the coming transition. */
    static final int TRANSITION_NOTICE_DAYS = 180;
    static final List<String> TABS = List.of("identification", "assessment", "project", "measures", "placements", "flags",
            "services", "referrals", "consent", "followUp", "documents", "history");

    @Inject
    private CaseFileTabs tabs;
    @Inject
    private ChildrenService children;
    @Inject
    private CentreDirectory centres;
    @Inject
    private LocaleSelector locale;

    private Long id;
    private TransitionKind transitionKind;
    private LocalDate transitionOn;
    private String transitionNote;
    private transient IdentificationDetails identification;
    private transient boolean identificationRead;

    public String load() {
        if (id == null) {
            Messages.error("casework.notFound");
            return "/children/cases?faces-redirect=true";
        }
        if (!tabs.open(id)) {
            return tabs.isGlassNeeded() ? null : "/children/cases?faces-redirect=true";
        }
        if (!MODULE.equals(tabs.getFile().module())) {
            Messages.error("casework.notFound");
            return "/children/cases?faces-redirect=true";
        }
        return null;
    }

    public CaseFile getFile() {
        return tabs.getFile();
    }

    public IdentificationDetails getIdentification() {
        if (!identificationRead && tabs.getFile() != null) {
            identificationRead = true;
            try {
                identification = children.identificationOf(tabs.getCaseId()).orElse(null);
            } catch (JisrException refusal) {
                Messages.error(refusal);
            }
        }
        return identification;
    }

    /** The child turns 18 within the notice period (or has): the transition must be planned. */
    public boolean isTransitionComing() {
        IdentificationDetails i = getIdentification();
        return i != null && !tabs.getFile().closed()
                && !i.adultOn().isAfter(LocalDate.now().plusDays(TRANSITION_NOTICE_DAYS));
    }

    public void planTransition() {
        try {
            children.planTransition(tabs.getCaseId(), transitionKind, transitionOn, transitionNote);
            identificationRead = false;
            Messages.info("children.transition.planned");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public String getCentreName() {
        CaseFile file = tabs.getFile();
        return file == null ? "" : centres.card(file.centreId()).map(c -> c.name(locale.getLanguage())).orElse("");
    }

    public String getActiveTab() {
        String tab = tabs.getActiveTab();
        return tab == null || !TABS.contains(tab) ? TABS.get(0) : tab;
    }

    public List<String> getTabs() {
        return TABS;
    }

    /** Each tab's label in the user's language ("case.tab.<name>" of the module's bundle). */
    public java.util.Map<String, String> getTabLabels() {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        TABS.forEach(t -> labels.put(t, Messages.text("case.tab." + t)));
        return labels;
    }

    public TransitionKind[] getTransitionKinds() {
        return TransitionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TransitionKind getTransitionKind() {
        return transitionKind;
    }

    public void setTransitionKind(TransitionKind transitionKind) {
        this.transitionKind = transitionKind;
    }

    public LocalDate getTransitionOn() {
        return transitionOn;
    }

    public void setTransitionOn(LocalDate transitionOn) {
        this.transitionOn = transitionOn;
    }

    public String getTransitionNote() {
        return transitionNote;
    }

    public void setTransitionNote(String transitionNote) {
        this.transitionNote = transitionNote;
    }
}
