package ma.gov.social.jisr.platform.api;

/**
 * One page of a lazy list: where it starts, how many rows, the sort the user chose, and, when the user
 * moved exactly one page on, the key of the last row shown ({@code after}, else null). A service that can
 * seeks past that key on its index instead of counting off {@code offset} rows, which costs the same on
 * page 1 and page 10,000; one that cannot ignores it, since {@code offset} always says the same place.
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending, PageKey after) {
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public PageRequest(int offset, int limit, String sortField, boolean ascending) {
        this(offset, limit, sortField, ascending, null);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }
}
