package ma.gov.social.jisr.platform.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;
import ma.gov.social.jisr.platform.api.PageRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The key of the last row served goes with the request only for the very next page under the same sort
 * and search: anything else (a jump, going back, another sort, a new search) is asked by offset.
 */
class PagedModelTest {
    private record Item(long id, String name) implements Keyed {
        @Override
        public PageKey keyUnder(String sortField) {
            return new PageKey(List.of(name), id);
        }
    }

    private final List<PageRequest> asked = new ArrayList<>();
    private int counts;
    private final PagedModel<Item> model = new PagedModel<>(page -> {
        asked.add(page);
        return LongStream.range(page.offset(), Math.min(page.offset() + page.limit(), 95))
                .mapToObj(i -> new Item(i, "n" + i)).toList();
    }, this::countAll, item -> Long.toString(item.id()));

    private long countAll() {
        counts++;
        return 95;
    }

    private PageRequest load(int first, String sortField, SortOrder order) {
        model.load(first, 10, sortField == null ? Map.of()
                : Map.of(sortField, SortMeta.builder().field(sortField).order(order).build()), Map.of());
        return asked.get(asked.size() - 1);
    }

    @Test
    void theNextPageCarriesTheLastRowsKey() {
        assertNull(load(0, null, null).after(), "a first page has no page before it");
        assertEquals(new PageKey(List.of("n9"), 9), load(10, null, null).after());
        assertEquals(new PageKey(List.of("n19"), 19), load(20, null, null).after());
    }

    @Test
    void aJumpOrGoingBackIsAskedByOffset() {
        load(0, null, null);
        assertNull(load(30, null, null).after(), "a jump");
        assertNull(load(20, null, null).after(), "a page back");
        assertNull(load(20, null, null).after(), "the same page again");
    }

    @Test
    void anotherSortOrDirectionIsAskedByOffset() {
        load(0, "name", SortOrder.ASCENDING);
        assertNull(load(10, "name", SortOrder.DESCENDING).after(), "another direction");
        assertNull(load(20, "id", SortOrder.ASCENDING).after(), "another column");
        assertEquals(new PageKey(List.of("n29"), 29), load(30, "id", SortOrder.ASCENDING).after());
    }

    @Test
    void aNewSearchIsAskedByOffsetAndCountedOnce() {
        load(0, null, null);
        load(10, null, null);
        assertEquals(1, counts, "page turns do not count again");
        model.refresh();
        assertNull(load(20, null, null).after(), "the rows before may be other rows now");
        assertEquals(2, counts);
    }

    @Test
    void afterAShortLastPageThereIsNoKey() {
        load(80, null, null);
        load(90, null, null); // 5 rows: the end of the list
        assertNull(load(100, null, null).after());
    }
}
