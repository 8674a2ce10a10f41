package ma.gov.social.jisr.casework.internal;

import java.util.Set;
import java.util.function.Predicate;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/**
 * Who may do what with a case. Only the module's roles in the case's territory see it at all; a restricted
 * case opens only to its worker and supervisor, or to a supervising role that writes why ("break the
 * glass"); changes are made by those who handle the case or by a supervising role.
 */
final class CaseAccess {
    enum Decision {
        /** May open and change the case. */
        HANDLES,
        /** May open it, not change it (a colleague of the territory). */
        READS,
        /** Restricted and not theirs: only by breaking the glass. */
        BREAK_GLASS_ONLY,
        /** Nothing: the case is "not found". */
        REFUSED
    }

    /** The caller, as the rules need them. */
    record Caller(String username, TerritorialScope scope, Predicate<String> hasRole) {
        boolean hasAny(Set<String> roles) {
            return roles.stream().anyMatch(hasRole);
        }
    }

    /** The case, as the rules need it. */
    record Facts(String regionCode, String provinceCode, String worker, String supervisor, boolean restricted) {
    }

    private CaseAccess() {
    }

    static Decision decide(CaseModule module, Caller caller, Facts c) {
        boolean worker = caller.hasAny(module.workerRoles());
        boolean supervising = caller.hasAny(module.supervisorRoles());
        if (!worker && !supervising || !caller.scope().covers(c.regionCode(), c.provinceCode())) {
            return Decision.REFUSED;
        }
        boolean assigned = caller.username().equals(c.worker()) || caller.username().equals(c.supervisor());
        if (assigned) {
            return Decision.HANDLES;
        }
        if (c.restricted()) {
            return supervising ? Decision.BREAK_GLASS_ONLY : Decision.REFUSED;
        }
        return supervising ? Decision.HANDLES : Decision.READS;
    }

    /** Whether lists may show the person's name to the caller: only to those assigned to the case. */
    static boolean named(Caller caller, String worker, String supervisor) {
        return caller.username().equals(worker) || caller.username().equals(supervisor);
    }
}
