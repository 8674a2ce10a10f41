package ma.gov.social.jisr.women.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Set;
import ma.gov.social.jisr.women.api.ViolenceKind;
import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void aSetOfKindsRoundTripsThroughOneColumn() {
        Set<ViolenceKind> kinds = EnumSet.of(ViolenceKind.SEXUAL, ViolenceKind.DIGITAL);
        assertEquals("DIGITAL,SEXUAL", Codes.join(kinds));
        assertEquals(kinds, Codes.split(Codes.join(kinds), ViolenceKind.class));
        assertNull(Codes.join(Set.of()));
        assertEquals(Set.of(), Codes.split(null, ViolenceKind.class));
    }
}
