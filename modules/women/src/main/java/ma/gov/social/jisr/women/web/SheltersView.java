package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.ShelterRow;
import ma.gov.social.jisr.women.api.ShelterService;
import ma.gov.social.jisr.women.api.WaitingEntry;

/** The shelters' occupancy board of a province (or the user's territory) and a shelter's waiting list. */
@Named
@ViewScoped
public class SheltersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ShelterService shelters;
    @Inject
    private LocaleSelector locale;

    private String province;
    private ShelterRow chosen;
    private transient List<ShelterRow> board;
    private transient List<WaitingEntry> waiting;

    public void search() {
        board = null;
        chosen = null;
    }

    public void show(ShelterRow row) {
        chosen = row;
        waiting = null;
    }

    public void cancelWaiting(long waitingId) {
        try {
            shelters.cancelWaiting(waitingId);
            waiting = null;
            board = null;
            Messages.info("shelters.waitingCancelled");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<ShelterRow> getBoard() {
        if (board == null) {
            board = shelters.board(province == null || province.isBlank() ? null : province);
        }
        return board;
    }

    public List<WaitingEntry> getWaiting() {
        if (waiting == null) {
            waiting = chosen == null ? List.of() : shelters.waitingList(chosen.centreId());
        }
        return waiting;
    }

    public String name(ShelterRow row) {
        return row == null ? "" : row.name(locale.getLanguage());
    }

    public int getTotalBeds() {
        return getBoard().stream().mapToInt(ShelterRow::beds).sum();
    }

    public int getTotalOccupied() {
        return getBoard().stream().mapToInt(ShelterRow::occupied).sum();
    }

    public int getTotalWaiting() {
        return getBoard().stream().mapToInt(ShelterRow::waiting).sum();
    }

    public ShelterRow getChosen() {
        return chosen;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }
}
