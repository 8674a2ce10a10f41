package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.Admission;
import ma.gov.social.jisr.women.api.ShelterRow;
import ma.gov.social.jisr.women.api.ShelterService;
import ma.gov.social.jisr.women.api.Stay;

/** The shelter tab of a woman's case: her current stay, admission (or the waiting list), discharge, past stays. */
@Named
@ViewScoped
public class WomenShelterTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ShelterService shelters;
    @Inject
    private CentreDirectory centres;
    @Inject
    private CaseFileTabs tabs;
    @Inject
    private LocaleSelector locale;

    private Long shelterId;
    private LocalDate admitOn = LocalDate.now();
    private boolean waitIfFull;
    private LocalDate dischargeOn = LocalDate.now();
    private transient List<Stay> stays;
    private transient List<ShelterRow> board;

    public void admit() {
        try {
            Admission admission = shelters.admit(tabs.getCaseId(), shelterId == null ? 0 : shelterId, admitOn,
                    waitIfFull);
            if (admission.admitted()) {
                Messages.info("women.shelter.admitted");
            } else {
                Messages.info("women.shelter.onWaitingList", admission.waitingPosition());
            }
            stays = null;
            board = null;
            waitIfFull = false;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void discharge(long stayId) {
        try {
            shelters.discharge(stayId, dischargeOn);
            stays = null;
            board = null;
            Messages.info("women.shelter.discharged");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<Stay> getStays() {
        if (stays == null) {
            stays = tabs.getFile() == null ? List.of() : shelters.staysOf(tabs.getCaseId());
        }
        return stays;
    }

    public Stay getCurrent() {
        return getStays().stream().filter(s -> s.dischargedOn() == null).findFirst().orElse(null);
    }

    /** The shelters she may be admitted into: those of the caller's territory, with their free beds. */
    public List<ShelterRow> getBoard() {
        if (board == null) {
            board = shelters.board(null);
        }
        return board;
    }

    public String label(ShelterRow row) {
        return row.name(locale.getLanguage());
    }

    public String shelterName(long centreId) {
        return centres.card(centreId).map(c -> c.name(locale.getLanguage())).orElse("");
    }

    public long days(Stay stay) {
        return stay.days(LocalDate.now());
    }

    public Long getShelterId() {
        return shelterId;
    }

    public void setShelterId(Long shelterId) {
        this.shelterId = shelterId;
    }

    public LocalDate getAdmitOn() {
        return admitOn;
    }

    public void setAdmitOn(LocalDate admitOn) {
        this.admitOn = admitOn;
    }

    public boolean isWaitIfFull() {
        return waitIfFull;
    }

    public void setWaitIfFull(boolean waitIfFull) {
        this.waitIfFull = waitIfFull;
    }

    public LocalDate getDischargeOn() {
        return dischargeOn;
    }

    public void setDischargeOn(LocalDate dischargeOn) {
        this.dischargeOn = dischargeOn;
    }
}
