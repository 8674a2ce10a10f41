package ma.gov.social.jisr.platform.api.imports;

/**
 * A module's staging area for imports: the rows of an import wait there, tagged with its id, where no
 * list, search, duplicate check or link can see them, until the import is published. One CDI bean per
 * module that imports; the platform calls it inside its own transactions, so that publishing (or taking
 * back) and the import's new state commit together, and so that any server can clean up what a dead one left.
 */
public interface ImportStaging {
    /** The module's name, as given to {@link BackgroundImports#start}. */
    String module();

    /** Moves every row staged under the tag into the registry. Runs in the caller's transaction. */
    void publish(String tag);

    /** Removes everything staged under the tag. Runs in the caller's transaction. */
    void discard(String tag);
}
