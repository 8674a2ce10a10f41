package ma.gov.social.jisr.platform.web.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import ma.gov.social.jisr.platform.api.Page;
import ma.gov.social.jisr.platform.api.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over any service that answers one page at a time: only the rows on
 * screen are read from the database. Filters come from the screen's search form, not the columns.
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> loader;
    private final transient Function<PageRequest, List<T>> rows;
    private final transient LongSupplier counter;
    private final transient Function<T, String> keyOf;
    private Long total;

    public PagedModel(Function<PageRequest, Page<T>> loader, Function<T, String> keyOf) {
        this.loader = loader;
        this.rows = null;
        this.counter = null;
        this.keyOf = keyOf;
    }

    /**
     * For big lists: rows and count are separate queries, and the count is run once per search, not
     * on every page turn (call {@link #refresh()} when the filter changes).
     */
    public PagedModel(Function<PageRequest, List<T>> rows, LongSupplier counter, Function<T, String> keyOf) {
        this.loader = null;
        this.rows = rows;
        this.counter = counter;
        this.keyOf = keyOf;
    }

    public void refresh() {
        total = null;
    }

    /** The count as the service gave it (a capped count may be one more than its cap). */
    public long getTotal() {
        return total == null ? 0 : total;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (counter != null) {
            if (total == null) {
                total = counter.getAsLong();
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }
        return (int) Math.min(Integer.MAX_VALUE, loader.apply(PageRequest.first(1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT)),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        if (rows != null) {
            setRowCount(count(filterBy));
            return rows.apply(request);
        }
        Page<T> page = loader.apply(request);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
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
