package ma.gov.social.jisr.children.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import ma.gov.social.jisr.children.api.Identification;
import ma.gov.social.jisr.children.api.IdentificationSource;
import ma.gov.social.jisr.children.api.Situation;

/** The identification form's fields, and the worker and supervisor chosen for the case. */
public class IdentifyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long centreId;
    private LocalDate identifiedOn = LocalDate.now();
    private IdentificationSource source;
    private String sourceDetail;
    private Situation[] situations;
    private boolean immediateDanger;
    private String account;
    private String worker;
    private String supervisor;
    private boolean restricted;

    Identification identification(long personId, Set<Long> abuserIds) {
        return new Identification(personId, centreId == null ? 0 : centreId, identifiedOn, source, sourceDetail,
                situations == null ? EnumSet.noneOf(Situation.class) : EnumSet.copyOf(Arrays.asList(situations)),
                immediateDanger, account, abuserIds, worker, supervisor, restricted);
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(LocalDate identifiedOn) {
        this.identifiedOn = identifiedOn;
    }

    public IdentificationSource getSource() {
        return source;
    }

    public void setSource(IdentificationSource source) {
        this.source = source;
    }

    public String getSourceDetail() {
        return sourceDetail;
    }

    public void setSourceDetail(String sourceDetail) {
        this.sourceDetail = sourceDetail;
    }

    public Situation[] getSituations() {
        return situations;
    }

    public void setSituations(Situation[] situations) {
        this.situations = situations;
    }

    public boolean isImmediateDanger() {
        return immediateDanger;
    }

    public void setImmediateDanger(boolean immediateDanger) {
        this.immediateDanger = immediateDanger;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
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
