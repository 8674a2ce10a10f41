package ma.gov.social.jisr.platform.api;

import java.io.Serializable;
import java.util.List;

/**
 * Where a list's next page starts: the sort values and the id of the last row of the page before, in
 * the sort's order (a "keyset"). Values are strings, numbers or dates: what a sort column holds.
 */
public record PageKey(List<? extends Serializable> values, long id) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PageKey {
        values = List.copyOf(values);
    }
}
