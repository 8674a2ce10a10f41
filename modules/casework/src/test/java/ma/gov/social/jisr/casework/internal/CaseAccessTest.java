package ma.gov.social.jisr.casework.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.casework.internal.CaseAccess.Caller;
import ma.gov.social.jisr.casework.internal.CaseAccess.Decision;
import ma.gov.social.jisr.casework.internal.CaseAccess.Facts;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import org.junit.jupiter.api.Test;

class CaseAccessTest {
    private static final CaseModule WOMEN = new CaseModule() {
        public String module() { return "women"; }
        public String referencePrefix() { return "FEM"; }
        public Set<String> workerRoles() { return Set.of("case-worker-women"); }
        public Set<String> supervisorRoles() { return Set.of("regional-coordinator"); }
        public Set<String> exportRoles() { return Set.of("regional-coordinator"); }
        public List<String> services() { return List.of(); }
        public Set<CentreType> centreTypes() { return Set.of(); }
    };
    private static final Facts OPEN_CASE = new Facts("04", "04-141", "amina", "karim", false);
    private static final Facts RESTRICTED = new Facts("04", "04-141", "amina", "karim", true);

    private static Caller caller(String name, TerritorialScope scope, String role) {
        return new Caller(name, scope, role::equals);
    }

    @Test
    void theAssignedWorkerAndSupervisorHandleTheCaseEvenWhenRestricted() {
        assertEquals(Decision.HANDLES, CaseAccess.decide(WOMEN,
                caller("amina", TerritorialScope.province("04-141"), "case-worker-women"), RESTRICTED));
        assertEquals(Decision.HANDLES, CaseAccess.decide(WOMEN,
                caller("karim", TerritorialScope.region("04"), "regional-coordinator"), RESTRICTED));
    }

    @Test
    void aColleagueOfTheProvinceReadsAnOpenCaseButGetsNothingOfARestrictedOne() {
        Caller colleague = caller("salma", TerritorialScope.province("04-141"), "case-worker-women");
        assertEquals(Decision.READS, CaseAccess.decide(WOMEN, colleague, OPEN_CASE));
        assertEquals(Decision.REFUSED, CaseAccess.decide(WOMEN, colleague, RESTRICTED));
    }

    @Test
    void aWorkerOfAnotherProvinceGetsNothing() {
        assertEquals(Decision.REFUSED, CaseAccess.decide(WOMEN,
                caller("salma", TerritorialScope.province("01-011"), "case-worker-women"), OPEN_CASE));
    }

    @Test
    void aSupervisorNotAssignedMustBreakTheGlassForARestrictedCase() {
        Caller coordinator = caller("nadia", TerritorialScope.region("04"), "regional-coordinator");
        assertEquals(Decision.BREAK_GLASS_ONLY, CaseAccess.decide(WOMEN, coordinator, RESTRICTED));
        assertEquals(Decision.HANDLES, CaseAccess.decide(WOMEN, coordinator, OPEN_CASE));
    }

    @Test
    void anotherModulesRolesSeeNothingEvenNationally() {
        assertEquals(Decision.REFUSED, CaseAccess.decide(WOMEN,
                caller("amina", TerritorialScope.national(), "case-worker-children"), OPEN_CASE));
    }

    @Test
    void namesAreForThoseAssignedOnly() {
        assertTrue(CaseAccess.named(caller("amina", TerritorialScope.national(), "x"), "amina", "karim"));
        assertFalse(CaseAccess.named(caller("nadia", TerritorialScope.national(), "x"), "amina", "karim"));
    }
}
