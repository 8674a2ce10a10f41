package ma.gov.social.jisr.women.internal.empowerment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * The caller's territory for empowerment records: where a new record may be put, which region a list or a
 * report may be narrowed to, and whether a record may be opened. Refusals are audited in their own
 * transaction (the caller's rolls back with the refusal); a record outside the territory is "not found".
 */
@ApplicationScoped
public class EmpScope {
    static final String MODULE = "women";

    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;

    TerritorialScope scope() {
        return me.scope();
    }

    String username() {
        return me.username();
    }

    boolean arabic() {
        return "ar".equals(me.preferredLanguage());
    }

    /** The region of a province the caller works in (a new record's place). */
    String regionOfOwnProvince(String provinceCode, String recordType) {
        if (provinceCode == null || provinceCode.isBlank()) {
            throw new JisrException("emp.province.required");
        }
        Province p = territories.province(provinceCode).orElseThrow(() -> new JisrException("emp.province.unknown",
                provinceCode));
        if (!me.scope().covers(p.regionCode(), p.code())) {
            refused(recordType, null, p.regionCode(), p.code());
            throw new JisrException("emp.outsideScope");
        }
        return p.regionCode();
    }

    /** A list's or report's region: any for a national account, the caller's own otherwise. */
    String region(String requested, String recordType) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String own = territories.regionOf(me.scope());
        if (!me.scope().isNational() && !requested.equals(own)) {
            refused(recordType, null, requested, null);
            throw new JisrException("emp.outsideScope");
        }
        return requested;
    }

    /** Opening one record: refused (and audited) as "not found" outside the caller's territory. */
    void opens(String recordType, Object id, String regionCode, String provinceCode) {
        if (!me.scope().covers(regionCode, provinceCode)) {
            refused(recordType, id, regionCode, provinceCode);
            throw new JisrException("emp.notFound");
        }
    }

    /** A list of personal data shown (once per search, where it is counted). */
    void listed(String recordType, String detail) {
        audit.record(AuditEntry.of(MODULE, recordType, null, AuditAction.READ_PERSONAL_DATA).inScope(me.scope())
                .withDetail(detail));
    }

    void read(String recordType, Object id, String regionCode, String provinceCode) {
        audit.record(AuditEntry.of(MODULE, recordType, id, AuditAction.READ_PERSONAL_DATA)
                .inTerritory(regionCode, provinceCode));
    }

    void changed(String recordType, Object id, AuditAction action, String regionCode, String provinceCode,
                 String detail) {
        audit.record(AuditEntry.of(MODULE, recordType, id, action).inTerritory(regionCode, provinceCode)
                .withDetail(detail));
    }

    private void refused(String recordType, Object id, String regionCode, String provinceCode) {
        audit.recordNow(AuditEntry.of(MODULE, recordType, id, AuditAction.ACCESS_REFUSED)
                .inTerritory(regionCode, provinceCode).withDetail(regionCode + "/" + provinceCode));
    }
}
