package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.gov.social.jisr.casework.api.CaseFile;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseTeam;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** Who handles the case: its worker, its supervisor and whether it is restricted to them, changed by those who handle it. */
@Named
@ViewScoped
public class CaseTeamPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;
    @Inject
    private CaseWork work;
    @Inject
    private CaseFileTabs tabs;

    private boolean editing;
    private String worker;
    private String supervisor;
    private boolean restricted;
    private CaseTeam team = CaseTeam.none();

    public void edit() {
        CaseFile file = tabs.getFile();
        worker = file.worker();
        supervisor = file.supervisor();
        restricted = file.restricted();
        team = cases.team(file.module(), file.centreId());
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            work.assign(tabs.getCaseId(), tabs.getFile().version(), worker, supervisor, restricted);
            tabs.changed();
            editing = false;
            Messages.info("case.team.changed");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public boolean isEditing() {
        return editing;
    }

    public CaseTeam getTeam() {
        return team;
    }

    public String getWorker() {
        return worker;
    }

    public void setWorker(String worker) {
        this.worker = worker;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }
}
