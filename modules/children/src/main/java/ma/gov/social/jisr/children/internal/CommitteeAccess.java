package ma.gov.social.jisr.children.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ma.gov.social.jisr.casework.api.CaseTeams;
import ma.gov.social.jisr.children.api.Team;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Who may read and who may prepare a province's committee: reading within one's territory; preparing for the
 * province's technical-support team and the regional coordinators. A refusal is audited.
 */
@Dependent
public class CommitteeAccess {
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private CaseTeams teams;
    @Inject
    private AuditLog audit;
    @Inject
    private ChildStore store;

    /** The province, if the caller's territory covers it. */
    Province readable(String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            throw new JisrException("children.committee.provinceRequired");
        }
        return territories.province(provinceCode).filter(p -> me.scope().covers(p.regionCode(), p.code()))
                .orElseThrow(() -> new JisrException("children.committee.provinceRequired"));
    }

    Province preparable(String provinceCode) {
        Province p = readable(provinceCode);
        if (!mayPrepare(p)) {
            audit.recordNow(AuditEntry.of(ChildrenCases.MODULE, "committee", null, AuditAction.ACCESS_REFUSED)
                    .inTerritory(p.regionCode(), p.code()).withDetail("not in the technical-support team"));
            throw new JisrException("children.committee.technicalTeamOnly");
        }
        return p;
    }

    boolean mayPrepare(Province p) {
        return me.hasRole(Roles.REGIONAL_COORDINATOR)
                || teams.mine(ChildrenCases.MODULE, p.code()).contains(Team.TECHNICAL_SUPPORT.name());
    }

    /** The province of a committee row (a member, a meeting, a plan action), or null if there is none. */
    String provinceOf(String table, long id) {
        return store.sql().one("select province_code from " + table + " where id = ?", r -> r.string("province_code"),
                id).orElse(null);
    }

    void record(Province p, String what, long id, AuditAction action, String detail) {
        audit.record(AuditEntry.of(ChildrenCases.MODULE, "committee-" + what, id, action)
                .inTerritory(p.regionCode(), p.code()).withDetail(detail));
    }
}
