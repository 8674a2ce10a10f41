package ma.gov.social.jisr.platform.web.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;
import ma.gov.social.jisr.platform.api.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a list service's one paging contract: {@code rows(filter, page)} for the
 * rows on screen only, {@code count(filter)} run once per search, not on every page turn (call
 * {@link #refresh()} when the filter changes). When the user moves exactly one page on, under the same
 * sort and search, the request carries the key of the last row served, so that a service can seek
 * instead of counting off the rows before (see {@link PageRequest}).
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, List<T>> rows;
    private final transient LongSupplier counter;
    private final transient Function<T, String> keyOf;
    private Long total;
    /** The last page served if it was full, and the key its last row gave: where the next page starts. */
    private PageRequest served;
    private PageKey next;

    public PagedModel(Function<PageRequest, List<T>> rows, LongSupplier counter, Function<T, String> keyOf) {
        this.rows = rows;
        this.counter = counter;
        this.keyOf = keyOf;
    }

    /** A new search: counted again, and no page is "the next one" of what was shown before. */
    public void refresh() {
        total = null;
        served = null;
        next = null;
    }

    /** The count as the service gave it (a capped count may be one more than its cap). */
    public long getTotal() {
        return total == null ? 0 : total;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total == null) {
            total = counter.getAsLong();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
        PageRequest request = new PageRequest(first, limit, field, ascending, followsServed(first, limit, field,
                ascending) ? next : null);
        setRowCount(count(filterBy));
        List<T> page = rows.apply(request);
        served = null;
        next = null;
        if (page.size() == limit && page.get(limit - 1) instanceof Keyed last) {
            served = request;
            next = last.keyUnder(field);
        }
        return page;
    }

    private boolean followsServed(int first, int limit, String field, boolean ascending) {
        return served != null && first == served.offset() + served.limit() && limit == served.limit()
                && Objects.equals(field, served.sortField()) && ascending == served.ascending();
    }

    @Override
    public String getRowKey(T row) {
        return keyOf.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
