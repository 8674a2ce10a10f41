package ma.gov.social.jisr.casework.api;

import java.util.List;
import java.util.Set;

/**
 * The teams of a module that has them ({@code CaseModule.teams()}: the children's three functions), one set
 * per province. A referral from another module lands in the module's referral team of the sender's province:
 * only its members (and the supervising roles) see it in their inbox and answer it. Membership is managed by
 * the module's supervising roles within their territory; every change is audited.
 */
public interface CaseTeams {
    /** The members of the module's teams in a province of the caller's territory. */
    List<TeamMember> members(String module, String provinceCode);

    /** The caller's teams of the module in a province. */
    Set<String> mine(String module, String provinceCode);

    /** Adds an account of the module's roles whose territory covers the province. */
    void add(String module, String team, String provinceCode, String username);

    void remove(String module, String team, String provinceCode, String username);
}
