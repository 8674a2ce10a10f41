package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * Territory for projects and what hangs from them (agreements, tranches, reports): a record outside the
 * caller's territory is "not found", and the attempt audited, as for associations.
 */
@Dependent
public class FundingGate {
    /** Where a project stands and where it lies, read with its row. */
    record Place(long projectId, long callId, long associationId, String regionCode, String provinceCode) {
    }

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    Place project(long projectId) {
        return place("p.id = ?", projectId, "project", projectId, "funding.project.notFound");
    }

    Place agreement(long agreementId) {
        return place("p.id = (select a.project_id from fun_agreement a where a.id = ?)", agreementId, "agreement",
                agreementId, "funding.agreement.notFound");
    }

    Place tranche(long trancheId) {
        return place("p.id = (select a.project_id from fun_agreement a join fun_tranche t on t.agreement_id = a.id"
                + " where t.id = ?)", trancheId, "tranche", trancheId, "funding.agreement.notFound");
    }

    private Place place(String where, long key, String type, long id, String notFound) {
        Place p = new Sql(dataSource).one("select p.id, p.call_id, p.association_id, p.region_code, p.province_code"
                + " from fun_project p where " + where, r -> new Place(r.number("id"), r.number("call_id"),
                r.number("association_id"), r.string("region_code"), r.string("province_code")), key).orElse(null);
        if (p == null || !me.scope().covers(p.regionCode(), p.provinceCode())) {
            audit.recordNow(AuditEntry.of(AssociationBean.MODULE, type, id, AuditAction.ACCESS_REFUSED)
                    .withDetail(p == null ? "no such " + type : type + " outside the caller's territory"));
            throw new JisrException(notFound);
        }
        return p;
    }

    /** The territory condition on a query's project alias {@code p}, and its parameter (none when national). */
    String where() {
        return switch (me.scope().level()) {
            case NATIONAL -> "";
            case REGION -> " and p.region_code = ?";
            case PROVINCE -> " and p.province_code = ?";
        };
    }

    Object[] params(Object... before) {
        if (me.scope().isNational()) {
            return before;
        }
        Object[] all = java.util.Arrays.copyOf(before, before.length + 1);
        all[before.length] = me.scope().code();
        return all;
    }

    /** The ministry's own acts (calls, the committee, payments) are national: a refusal is audited. */
    void requireNational(String type, long id, String what, String refusal) {
        if (!me.scope().isNational()) {
            audit.recordNow(AuditEntry.of(AssociationBean.MODULE, type, id, AuditAction.ACCESS_REFUSED)
                    .withDetail(what + ": needs national scope"));
            throw new JisrException(refusal);
        }
    }

    /** The association's name in the caller's language, as a column of alias {@code a}. */
    String nameColumn() {
        return nameColumn(me.preferredLanguage());
    }

    /** A fixed column name chosen by the language, never text from the caller. */
    static String nameColumn(String language) {
        return "ar".equals(language) ? "a.name_ar" : "a.name_fr";
    }

    AuditEntry entry(String type, long id, AuditAction action, Place place) {
        return AuditEntry.of(AssociationBean.MODULE, type, id, action).inTerritory(place.regionCode(),
                place.provinceCode());
    }
}
