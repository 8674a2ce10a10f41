package ma.gov.social.jisr.casework.api;

import java.util.List;
import ma.gov.social.jisr.platform.api.users.StaffMember;

/**
 * Who may take a case held at a centre: workers (the module's worker roles) and supervisors (its worker
 * or supervising roles), enabled accounts whose territory covers the centre's province. The same rule
 * {@link CaseService#open} and {@link CaseWork#assign} check, offered to the screens as pick lists.
 */
public record CaseTeam(List<StaffMember> workers, List<StaffMember> supervisors) {
    public static CaseTeam none() {
        return new CaseTeam(List.of(), List.of());
    }

    /** Whether the account may be the case's worker. */
    public boolean mayWork(String username) {
        return workers.stream().anyMatch(m -> m.username().equals(username));
    }

    /** Whether the account may be the case's supervisor. */
    public boolean maySupervise(String username) {
        return supervisors.stream().anyMatch(m -> m.username().equals(username));
    }
}
