package ma.gov.social.jisr.platform.api.imports;

/** VALIDATING every line, then SAVING; ends DONE, REJECTED (bad lines, nothing saved) or FAILED (nothing kept). */
public enum ImportState {
    VALIDATING, SAVING, DONE, REJECTED, FAILED;

    public boolean finished() {
        return this == DONE || this == REJECTED || this == FAILED;
    }
}
