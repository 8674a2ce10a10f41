package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.CallData;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.ListeningCall;
import ma.gov.social.jisr.women.api.ListeningService;
import ma.gov.social.jisr.women.api.ViolenceKind;

/** The listening lines: a call recorded without a name, the recent calls, and a call that becomes a case. */
@Named
@ViewScoped
public class CallsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int RECENT = 100;

    @Inject
    private ListeningService listening;
    @Inject
    private CentreDirectory centres;
    @Inject
    private CurrentUser me;

    private Long centreId;
    private LocalDateTime calledAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    private IntakeChannel channel = IntakeChannel.TELEPHONE_LINE;
    private ViolenceKind[] kinds = {};
    private boolean danger;
    private ImmediateNeed[] needs = {};
    private String summary;
    private String actionTaken;
    private transient List<ListeningCall> calls;
    private transient List<CentreCard> centreChoices;

    public void record() {
        try {
            listening.recordCall(new CallData(centreId == null ? 0 : centreId, calledAt, channel,
                    kinds.length == 0 ? EnumSet.noneOf(ViolenceKind.class) : EnumSet.copyOf(Arrays.asList(kinds)),
                    danger, needs.length == 0 ? EnumSet.noneOf(ImmediateNeed.class)
                            : EnumSet.copyOf(Arrays.asList(needs)), summary, actionTaken));
            kinds = new ViolenceKind[0];
            needs = new ImmediateNeed[0];
            danger = false;
            summary = null;
            actionTaken = null;
            calls = null;
            Messages.info("calls.recorded");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<ListeningCall> getCalls() {
        if (calls == null) {
            calls = listening.calls(RECENT);
        }
        return calls;
    }

    public List<CentreCard> getCentres() {
        if (centreChoices == null) {
            centreChoices = centres.open(EnumSet.of(CentreType.LISTENING_CENTRE, CentreType.WOMEN_MULTIFUNCTION_SPACE,
                    CentreType.WOMEN_SHELTER), me.scope());
        }
        return centreChoices;
    }

    public List<ViolenceKind> sortedKinds(ListeningCall c) {
        return c.kinds().stream().sorted().toList();
    }

    public List<ImmediateNeed> sortedNeeds(ListeningCall c) {
        return c.needs().stream().sorted().toList();
    }

    public IntakeChannel[] getChannels() {
        return IntakeChannel.values();
    }

    public ViolenceKind[] getAllKinds() {
        return ViolenceKind.values();
    }

    public ImmediateNeed[] getAllNeeds() {
        return ImmediateNeed.values();
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public LocalDateTime getCalledAt() {
        return calledAt;
    }

    public void setCalledAt(LocalDateTime calledAt) {
        this.calledAt = calledAt;
    }

    public IntakeChannel getChannel() {
        return channel;
    }

    public void setChannel(IntakeChannel channel) {
        this.channel = channel;
    }

    public ViolenceKind[] getKinds() {
        return kinds;
    }

    public void setKinds(ViolenceKind[] kinds) {
        this.kinds = kinds == null ? new ViolenceKind[0] : kinds;
    }

    public boolean isDanger() {
        return danger;
    }

    public void setDanger(boolean danger) {
        this.danger = danger;
    }

    public ImmediateNeed[] getNeeds() {
        return needs;
    }

    public void setNeeds(ImmediateNeed[] needs) {
        this.needs = needs == null ? new ImmediateNeed[0] : needs;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }
}
