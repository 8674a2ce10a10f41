package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/** A placement (or a return to the family) with its visits, and the institution's or family's name. */
public record Placement(long id, PlacementKind kind, Long holderId, String holderNameAr, String holderNameFr,
                        Long measureId,
                        LocalDate placedOn, LocalDate endedOn, String endNote, List<Visit> visits) {
    public String holderName(String language) {
        return "ar".equals(language) ? holderNameAr : holderNameFr;
    }

    public boolean current() {
        return endedOn == null;
    }

    public record Visit(LocalDate visitedOn, String note, String by) {
    }
}
