package ma.gov.social.jisr.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnknownAccountNameTest {
    @Test
    void theTextIsNeverPartOfWhatIsStored() {
        String typed = "=HYPERLINK(\"http://x.example\",\"Jisr-Secret-2026\")";
        String detail = UnknownAccountName.detail(typed);
        assertFalse(detail.contains("HYPERLINK") || detail.contains("Secret") || detail.contains("="), detail);
        assertTrue(detail.matches("unknown account \\(tag [0-9a-f]{8}\\)"), detail);
        assertTrue(UnknownAccountName.LABEL.length() <= 60, "fits the audit's username column");
    }

    @Test
    void theSameTextGivesTheSameTagAndAnotherTextAnother() {
        assertEquals(UnknownAccountName.tag("Jisr-Secret-2026"), UnknownAccountName.tag("Jisr-Secret-2026"));
        assertNotEquals(UnknownAccountName.tag("Jisr-Secret-2026"), UnknownAccountName.tag("Jisr-Secret-2027"));
    }
}
