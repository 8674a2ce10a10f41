package ma.gov.social.jisr.casework.api;

/**
 * A case list's search: the module, then optional narrowing. {@code mine}: only cases the caller works on
 * or supervises. {@code reference}: a case reference, exactly. The caller's territory always applies.
 */
public record CaseFilter(String module, String regionCode, String provinceCode, CaseStep step, String triage,
                         boolean mine, String reference) {
    public static CaseFilter of(String module) {
        return new CaseFilter(module, null, null, null, null, false, null);
    }
}
