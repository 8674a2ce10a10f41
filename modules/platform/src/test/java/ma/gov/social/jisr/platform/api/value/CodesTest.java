package ma.gov.social.jisr.platform.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void aSetOfKindsRoundTripsThroughOneColumn() {
        Set<DayOfWeek> kinds = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.FRIDAY);
        assertEquals("FRIDAY,SUNDAY", Codes.join(kinds));
        assertEquals(kinds, Codes.split(Codes.join(kinds), DayOfWeek.class));
        assertNull(Codes.join(Set.of()));
        assertEquals(Set.of(), Codes.split(null, DayOfWeek.class));
    }
}
