package ma.gov.social.jisr.women.web;

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
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * The referrals tracker: those the women's cases sent (and what became of them), and those other modules sent
 * to the women's teams, which a team accepts (a new case) or refuses with a reason.
 */
@Named
@ViewScoped
public class ReferralsView implements Serializable {
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
        team = centreId == null ? CaseTeam.none() : cases.team(CasesView.MODULE, centreId);
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
            Messages.info("referrals.accepted");
            // the new case has no intake yet: the team records it at once, on the case's own woman and centre
            return "/women/intake?faces-redirect=true&case=" + caseId;
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
            Messages.info("referrals.refused");
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
            sent = referrals.sent(CasesView.MODULE, pendingOnly, LIMIT);
        }
        return sent;
    }

    public List<Referral> getInbox() {
        if (inbox == null) {
            inbox = referrals.inbox(CasesView.MODULE, pendingOnly, LIMIT);
        }
        return inbox;
    }

    public List<CentreCard> getCentres() {
        if (centreChoices == null) {
            centreChoices = centres.open(EnumSet.of(CentreType.WOMEN_MULTIFUNCTION_SPACE, CentreType.LISTENING_CENTRE,
                    CentreType.WOMEN_SHELTER), me.scope());
        }
        return centreChoices;
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
