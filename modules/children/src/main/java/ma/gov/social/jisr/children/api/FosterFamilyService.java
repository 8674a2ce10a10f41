package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/** The foster families registry of the caller's territory. */
public interface FosterFamilyService {
    /** Registers (id 0) or changes a family; approval needs its reference and date, and capacity 1 to 12. */
    long save(FosterFamily family);

    List<FosterFamily> families(String provinceCode);

    void homeVisit(long familyId, LocalDate visitedOn, String note);
}
