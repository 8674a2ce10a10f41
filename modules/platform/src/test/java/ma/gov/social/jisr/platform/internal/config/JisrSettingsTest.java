package ma.gov.social.jisr.platform.internal.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JisrSettingsTest {
    @Test
    void demoDataIsSeededInDevelopmentUnlessTurnedOff() {
        assertTrue(settings("development", true).seedsDemoData());
        assertFalse(settings("development", false).seedsDemoData());
    }

    @Test
    void productionNeverSeedsDemoDataWhateverTheSettingSays() {
        assertFalse(settings("production", true).seedsDemoData());
        assertFalse(settings("anything else", true).seedsDemoData());
    }

    private static JisrSettings settings(String mode, boolean demoData) {
        JisrSettings s = new JisrSettings();
        s.mode = mode;
        s.demoData = demoData;
        return s;
    }
}
