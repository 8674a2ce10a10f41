package ma.gov.social.jisr.platform.api.imports;

/**
 * VALIDATING every line, then SAVING (rows are staged, invisible to everyone); ends DONE (every line
 * published), HELD (published, except lines held for a person to decide), REJECTED (bad lines, nothing
 * saved) or FAILED (nothing kept: the staged rows were removed). UNDOING: failed, and the staged rows
 * are still waiting to be removed (they stay invisible meanwhile); it ends FAILED.
 */
public enum ImportState {
    VALIDATING, SAVING, UNDOING, DONE, HELD, REJECTED, FAILED;

    public boolean finished() {
        return this == DONE || this == HELD || this == REJECTED || this == FAILED;
    }

    /** Whether the import's rows are in the registry. */
    public boolean published() {
        return this == DONE || this == HELD;
    }
}
