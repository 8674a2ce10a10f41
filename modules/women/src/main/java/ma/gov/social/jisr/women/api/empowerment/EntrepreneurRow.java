package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;

/** A registered woman in a list: her names from the persons registry, her activity, her counts. */
public record EntrepreneurRow(long id, long personId, String name, String nationalId, EntrepreneurKind kind,
                              Sector sector, String activity, String regionCode, String provinceCode,
                              LocalDate registeredOn, int requests, int trainings) implements Keyed {
    /** Newest first: by day, then id (the list's only order). */
    @Override
    public PageKey keyUnder(String sortField) {
        return new PageKey(List.of(registeredOn), id);
    }
}
