package ma.gov.social.jisr.casework.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseTeam;
import ma.gov.social.jisr.casework.api.Referral;
import ma.gov.social.jisr.casework.api.ReferralService;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * Every social module's referrals tracker (its page "/<module>/referrals" includes the kernel's fragment):
 * those the module's cases sent (and what became of them), and those other modules sent to its teams, which
 * a member of the receiving team accepts (a new case) or refuses with a reason. The module is the page's
 * folder.
 */
@Named
@ViewScoped
public class ReferralsBoard implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 200;

    @Inject
    private ReferralService referrals;
    @Inject
    private CentreDirectory centres;
    @Inject
    private CurrentUser me;
    @Inject
    private CaseService cases;
    @Inject
    @Any
    private Instance<CaseModule> modules;

    private boolean pendingOnly = true;
    private Referral answering;
    private Long centreId;
    private String worker;
    private String supervisor;
    private String refusal;
    private CaseTeam team = CaseTeam.none();
    private transient List<CentreCard> centreChoices;
    private transient List<Referral> sent;
    private transient List<Referral> inbox;

    public void search() {
        sent = null;
        inbox = null;
    }

    public void answer(Referral referral) {
        answering = referral;
        centreId = null;
        centreChosen();
        refusal = null;
    }

    /** The pick lists follow the centre that will hold the new case; the caller first if they may take it. */
    public void centreChosen() {
        team = centreId == null ? CaseTeam.none() : cases.team(module().module(), centreId);
        worker = team.mayWork(me.username()) ? me.username() : null;
        supervisor = null;
    }

    public CaseTeam getTeam() {
        return team;
    }

    public String accept() {
        try {
            long caseId = referrals.accept(answering.id(), answering.version(), centreId == null ? 0 : centreId,
                    worker, supervisor);
            Messages.info("board.accepted");
            return module().acceptedOutcome(caseId);
        } catch (JisrException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public void refuse() {
        try {
            referrals.refuse(answering.id(), answering.version(), refusal);
            answering = null;
            search();
            Messages.info("board.refused");
        } catch (JisrException refused) {
            Messages.error(refused);
        }
    }

    public void cancel() {
        answering = null;
    }

    public boolean overdue(Referral r) {
        return r.overdue(LocalDate.now());
    }

    public String moduleLabel(String module) {
        return module == null ? "" : Messages.text("module." + module);
    }

    public List<Referral> getSent() {
        if (sent == null) {
            sent = referrals.sent(module().module(), pendingOnly, LIMIT);
        }
        return sent;
    }

    public List<Referral> getInbox() {
        if (inbox == null) {
            inbox = referrals.inbox(module().module(), pendingOnly, LIMIT);
        }
        return inbox;
    }

    public List<CentreCard> getCentres() {
        if (centreChoices == null) {
            centreChoices = centres.open(EnumSet.copyOf(module().centreTypes()), me.scope());
        }
        return centreChoices;
    }

    /** The module of the page: its folder ("/children/referrals.xhtml": children). */
    private CaseModule module() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        String name = view.substring(1, view.indexOf('/', 1));
        return modules.stream().filter(m -> m.module().equals(name)).findFirst()
                .orElseThrow(() -> new JisrException("casework.unknownModule"));
    }

    public String getModuleName() {
        return module().module();
    }

    /** A team's name from the receiving module's bundle ("team.<code>"). */
    public String teamLabel(String team) {
        return team == null ? "" : Messages.text("team." + team);
    }

    public boolean isPendingOnly() {
        return pendingOnly;
    }

    public void setPendingOnly(boolean pendingOnly) {
        this.pendingOnly = pendingOnly;
    }

    public Referral getAnswering() {
        return answering;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
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

    public String getRefusal() {
        return refusal;
    }

    public void setRefusal(String refusal) {
        this.refusal = refusal;
    }
}
