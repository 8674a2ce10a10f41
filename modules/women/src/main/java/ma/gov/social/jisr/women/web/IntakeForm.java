package ma.gov.social.jisr.women.web;

import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.api.IntakeChannel;
import ma.gov.social.jisr.women.api.Perpetrator;
import ma.gov.social.jisr.women.api.ViolenceKind;

/** What the intake form holds besides the persons: its fields, as the page binds them. */
public class IntakeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long centreId;
    private LocalDate intakeOn = LocalDate.now();
    private IntakeChannel channel;
    private ViolenceKind[] kinds = {};
    private Perpetrator perpetrator;
    private ImmediateNeed[] needs = {};
    private String worker;
    private String supervisor;
    private boolean restricted;

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public LocalDate getIntakeOn() {
        return intakeOn;
    }

    public void setIntakeOn(LocalDate intakeOn) {
        this.intakeOn = intakeOn;
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
        this.kinds = kinds;
    }

    public Perpetrator getPerpetrator() {
        return perpetrator;
    }

    public void setPerpetrator(Perpetrator perpetrator) {
        this.perpetrator = perpetrator;
    }

    public ImmediateNeed[] getNeeds() {
        return needs;
    }

    public void setNeeds(ImmediateNeed[] needs) {
        this.needs = needs;
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
