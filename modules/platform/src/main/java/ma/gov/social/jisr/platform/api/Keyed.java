package ma.gov.social.jisr.platform.api;

/**
 * A list row that can say where the page after it starts, for the lists that seek (see {@link PageRequest}):
 * the row's values of the sort columns and its id.
 */
public interface Keyed {
    /**
     * The key under {@code sortField} (null: the list's default sort), or null where the list does not
     * seek under that sort.
     */
    PageKey keyUnder(String sortField);
}
