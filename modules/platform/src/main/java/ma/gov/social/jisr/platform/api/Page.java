package ma.gov.social.jisr.platform.api;

import java.util.List;

/** Rows of one page and the number of rows that match the filter overall. */
public record Page<T>(List<T> rows, long total) {
    public Page {
        rows = List.copyOf(rows);
    }
}
