package ma.gov.social.jisr.women.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Temporary shelter. A shelter never holds more women than it has beds, even when two workers admit
 * someone into the last bed at the same moment: the second is refused, or put on the waiting list if she
 * asks for it.
 */
public interface ShelterService {
    /**
     * Admits her case into a shelter on a day; when the shelter is full, refused ("women.shelter.full")
     * unless {@code waitIfFull}, in which case she joins the waiting list.
     */
    Admission admit(long caseId, long shelterId, LocalDate on, boolean waitIfFull);

    void discharge(long stayId, LocalDate on);

    /** Takes her off the waiting list (found another solution). */
    void cancelWaiting(long waitingId);

    List<Stay> staysOf(long caseId);

    /** The shelters of a province (or the caller's whole territory when null), with beds, occupancy, waiting. */
    List<ShelterRow> board(String provinceCode);

    List<WaitingEntry> waitingList(long shelterId);
}
