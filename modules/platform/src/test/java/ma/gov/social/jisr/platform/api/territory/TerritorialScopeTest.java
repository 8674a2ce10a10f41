package ma.gov.social.jisr.platform.api.territory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerritorialScopeTest {
    private final TerritorialScope casablancaSettat = TerritorialScope.region("MA-06");
    private final TerritorialScope rabat = TerritorialScope.province("MA-RAB");

    @Test
    void nationalCoversEverything() {
        assertTrue(TerritorialScope.national().covers("MA-04", "MA-RAB"));
    }

    @Test
    void regionCoversItsProvincesOnly() {
        assertTrue(casablancaSettat.covers("MA-06", "MA-CAS"));
        assertFalse(casablancaSettat.covers("MA-04", "MA-RAB"));
    }

    @Test
    void provinceCoversItselfOnly() {
        assertTrue(rabat.covers("MA-04", "MA-RAB"));
        assertFalse(rabat.covers("MA-04", "MA-SAL"));
    }

    @Test
    void aScopeOnlyContainsNarrowerOrEqualScopesInsideIt() {
        assertTrue(casablancaSettat.contains(TerritorialScope.province("MA-CAS"), "MA-06"));
        assertTrue(casablancaSettat.contains(casablancaSettat, "MA-06"));
        assertFalse(casablancaSettat.contains(TerritorialScope.national(), null));
        assertFalse(casablancaSettat.contains(rabat, "MA-04"));
        assertFalse(rabat.contains(TerritorialScope.region("MA-04"), "MA-04"));
        assertTrue(rabat.contains(rabat, "MA-04"));
    }

    @Test
    void levelAndCodeMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> new TerritorialScope(ScopeLevel.NATIONAL, "MA-01"));
        assertThrows(IllegalArgumentException.class, () -> new TerritorialScope(ScopeLevel.PROVINCE, " "));
    }
}
