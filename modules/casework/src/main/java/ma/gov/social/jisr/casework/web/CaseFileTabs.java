package ma.gov.social.jisr.casework.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import ma.gov.social.jisr.casework.api.CaseFile;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.LinkedCase;
import ma.gov.social.jisr.casework.api.StepChange;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * The case file every social module's page shows: the case opened once per view (each opening is audited),
 * break the glass for a restricted case, and what the kernel's fragments share (the case id, whether the
 * caller may change it, the module's catalogue and labels, the tab to show after a full-page post).
 */
@Named
@ViewScoped
public class CaseFileTabs implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String BREAK_GLASS_NEEDED = "casework.breakGlassNeeded";

    @Inject
    private CaseService cases;
    @Inject
    private CaseWork work;
    @Inject
    @Any
    private Instance<CaseModule> modules;

    private long caseId;
    private CaseFile file;
    private boolean glassNeeded;
    private String glassReason;
    private String activeTab;
    private transient List<StepChange> history;
    private transient List<LinkedCase> linked;

    /** Opens the file; false when it is not shown (the refusal is on the screen, or the glass must be broken). */
    public boolean open(long id) {
        caseId = id;
        try {
            file = cases.get(id);
            return true;
        } catch (JisrException refusal) {
            glassNeeded = BREAK_GLASS_NEEDED.equals(refusal.messageKey());
            if (!glassNeeded) {
                Messages.error(refusal);
            }
            return false;
        }
    }

    /** A supervisor opens a restricted case by writing why; the audit log flags it. */
    public void breakGlass() {
        try {
            file = cases.breakTheGlass(caseId, glassReason);
            glassNeeded = false;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** The case changed (step, triage, next follow-up): read it again, with its new version. */
    public void changed() {
        try {
            file = cases.get(caseId);
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        history = null;
    }

    public List<StepChange> getHistory() {
        if (history == null && file != null) {
            history = work.history(caseId);
        }
        return history;
    }

    /** Cases of other modules linked by a referral, those the caller may open. */
    public List<LinkedCase> getLinked() {
        if (linked == null && file != null) {
            linked = cases.linked(caseId);
        }
        return linked;
    }

    /** A module's name in the user's language. */
    public String moduleLabel(String module) {
        return module == null ? "" : Messages.text("module." + module);
    }

    /** Whether the caller may change the case now: they handle it and it is open. */
    public boolean isChangeable() {
        return file != null && file.handledByMe() && !file.closed();
    }

    public CaseModule module() {
        String name = file == null ? null : file.module();
        return modules.stream().filter(m -> m.module().equals(name)).findFirst()
                .orElseThrow(() -> new JisrException("casework.unknownModule"));
    }

    /** The module's catalogue of services. */
    public List<String> getCatalogue() {
        return file == null ? List.of() : module().services();
    }

    /** A service's label from the module's own bundle (another module may use the same code). */
    public String serviceLabel(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().evaluateExpressionGet(faces,
                "#{" + module().bundleVariable() + "}", ResourceBundle.class);
        String key = "service." + code;
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    /** The other social modules a case may be referred to. */
    public List<String> getOtherModules() {
        String own = file == null ? null : file.module();
        return modules.stream().map(CaseModule::module).filter(m -> !m.equals(own)).sorted().toList();
    }

    public long getCaseId() {
        return caseId;
    }

    public CaseFile getFile() {
        return file;
    }

    public boolean isGlassNeeded() {
        return glassNeeded;
    }

    public String getGlassReason() {
        return glassReason;
    }

    public void setGlassReason(String glassReason) {
        this.glassReason = glassReason;
    }

    public int getGlassMinimum() {
        return CaseService.BREAK_GLASS_MIN_REASON;
    }

    public String getActiveTab() {
        return activeTab;
    }

    /** The tab to show when a full-page post (an upload) renders the file again. */
    public void setActiveTab(String activeTab) {
        this.activeTab = activeTab;
    }
}
