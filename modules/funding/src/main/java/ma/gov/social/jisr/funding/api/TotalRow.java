package ma.gov.social.jisr.funding.api;

import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Figures of a group (a call, a domain, a region or a province); the total line has no key. */
public record TotalRow(String key, long submitted, long selected, Dirhams requested, Dirhams granted, Dirhams paid) {
    /** The line that adds up the groups, to the centime. */
    public static TotalRow sum(List<TotalRow> rows) {
        long submitted = 0;
        long selected = 0;
        Dirhams requested = Dirhams.ZERO;
        Dirhams granted = Dirhams.ZERO;
        Dirhams paid = Dirhams.ZERO;
        for (TotalRow r : rows) {
            submitted += r.submitted();
            selected += r.selected();
            requested = requested.plus(r.requested());
            granted = granted.plus(r.granted());
            paid = paid.plus(r.paid());
        }
        return new TotalRow(null, submitted, selected, requested, granted, paid);
    }
}
