package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A request in a list or on the board. */
public record RequestRow(long id, long personId, String name, String idea, Sector sector, Dirhams amountAsked,
                         String regionCode, String provinceCode, LocalDate receivedOn, RequestStage stage,
                         Programme programme, Dirhams financedAmount, String adviser) implements Keyed {
    /** Newest first: by day, then id (the list's only order). */
    @Override
    public PageKey keyUnder(String sortField) {
        return new PageKey(List.of(receivedOn), id);
    }
}
