package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.gov.social.jisr.casework.api.CaseTeams;
import ma.gov.social.jisr.casework.api.TeamMember;
import ma.gov.social.jisr.children.api.Team;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** The three teams of a province: who is in each; coordinators add and remove members. */
@Named("childTeamsView")
@ViewScoped
public class TeamsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseTeams teams;

    private String provinceCode;
    private Team team;
    private String username;
    private transient List<TeamMember> members;

    public void search() {
        members = null;
    }

    public void add() {
        try {
            teams.add(CaseView.MODULE, team == null ? null : team.name(), provinceCode, username);
            username = null;
            members = null;
            Messages.info("children.team.added");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void remove(TeamMember m) {
        try {
            teams.remove(CaseView.MODULE, m.team(), m.provinceCode(), m.username());
            members = null;
            Messages.info("children.team.removed");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<TeamMember> getMembers() {
        if (members == null) {
            try {
                members = provinceCode == null ? List.of() : teams.members(CaseView.MODULE, provinceCode);
            } catch (JisrException refusal) {
                Messages.error(refusal);
                members = List.of();
            }
        }
        return members;
    }

    public Team[] getTeams() {
        return Team.values();
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
