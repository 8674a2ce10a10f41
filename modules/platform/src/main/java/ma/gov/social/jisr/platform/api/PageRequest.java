package ma.gov.social.jisr.platform.api;

/** One page of a lazy list: where it starts, how many rows, and the sort the user chose. */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }
}
