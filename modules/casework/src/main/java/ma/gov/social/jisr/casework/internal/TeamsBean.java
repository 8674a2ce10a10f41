package ma.gov.social.jisr.casework.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseTeams;
import ma.gov.social.jisr.casework.api.TeamMember;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;
import ma.gov.social.jisr.platform.api.users.StaffDirectory;
import ma.gov.social.jisr.platform.api.users.StaffMember;

/** Team membership per module and province; see {@link CaseTeams}. */
@Stateless
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY})
public class TeamsBean implements CaseTeams {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseModules modules;
    @Inject
    private CaseGate gate;
    @Inject
    private CurrentUser me;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerritoryService territories;
    @Inject
    private AuditLog audit;

    @Override
    public List<TeamMember> members(String module, String provinceCode) {
        CaseModule m = modules.get(module);
        Province p = province(provinceCode);
        if (!gate.caller().hasAny(Assignees.handling(m)) || !me.scope().covers(p.regionCode(), p.code())) {
            gate.refused(null, module, "team members outside the caller's module or territory");
            throw new JisrException(CaseGate.NOT_FOUND);
        }
        return new Sql(dataSource).list("select team, province_code, username from cas_team_member where module = ?"
                        + " and province_code = ? order by team, username", r -> new TeamMember(r.string("team"),
                        r.string("province_code"), r.string("username"), staff.member(r.string("username"))
                        .map(StaffMember::fullName).orElse(r.string("username"))), module, provinceCode);
    }

    @Override
    public Set<String> mine(String module, String provinceCode) {
        modules.get(module);
        return new HashSet<>(new Sql(dataSource).list("select team from cas_team_member where module = ?"
                + " and province_code = ? and username = ?", r -> r.string("team"), module, provinceCode,
                me.username()));
    }

    @Override
    public void add(String module, String team, String provinceCode, String username) {
        Province p = managed(module, team, provinceCode);
        CaseModule m = modules.get(module);
        StaffMember member = staff.member(username).filter(s -> s.hasAny(Assignees.handling(m)))
                .filter(s -> s.scope().covers(p.regionCode(), p.code()))
                .orElseThrow(() -> new JisrException("casework.team.memberRequired"));
        int added = new Sql(dataSource).update("insert ignore into cas_team_member (module, province_code, team,"
                + " username, region_code, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?)", module, p.code(), team,
                member.username(), p.regionCode(), LocalDateTime.now(), me.username());
        if (added == 0) {
            throw new JisrException("casework.team.already");
        }
        audit.record(AuditEntry.of(module, "team", team, AuditAction.CREATE).inTerritory(p.regionCode(), p.code())
                .withDetail(username + " joins " + team));
    }

    @Override
    public void remove(String module, String team, String provinceCode, String username) {
        Province p = managed(module, team, provinceCode);
        new Sql(dataSource).update("delete from cas_team_member where module = ? and province_code = ? and team = ?"
                + " and username = ?", module, p.code(), team, username);
        audit.record(AuditEntry.of(module, "team", team, AuditAction.DELETE).inTerritory(p.regionCode(), p.code())
                .withDetail(username + " leaves " + team));
    }

    /** The province, when the caller supervises the module there and the team is one of the module's. */
    private Province managed(String module, String team, String provinceCode) {
        CaseModule m = modules.get(module);
        Province p = province(provinceCode);
        if (!gate.caller().hasAny(m.supervisorRoles()) || !me.scope().covers(p.regionCode(), p.code())) {
            gate.refused(null, module, "team membership changed without a supervising role of the territory");
            throw new JisrException("casework.team.supervisorOnly");
        }
        if (team == null || !m.teams().contains(team)) {
            throw new JisrException("casework.team.unknown");
        }
        return p;
    }

    private Province province(String code) {
        return territories.province(code).orElseThrow(() -> new JisrException("casework.team.provinceRequired"));
    }
}
