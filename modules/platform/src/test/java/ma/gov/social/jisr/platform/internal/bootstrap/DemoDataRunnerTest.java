package ma.gov.social.jisr.platform.internal.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.platform.api.module.DemoData;
import org.junit.jupiter.api.Test;

class DemoDataRunnerTest {
    private final List<String> calls = new ArrayList<>();

    @Test
    void seedsEmptyModulesInTheirOrderAndLeavesModulesWithRecordsAlone() {
        List<String> seeded = DemoDataRunner.run(true, List.of(seeder("upgrades", 30, false),
                seeder("people", 10, true), seeder("centres", 10, false), seeder("platform", 0, false)));

        assertEquals(List.of("platform", "centres", "upgrades"), seeded);
        assertEquals(List.of("platform", "centres", "upgrades"), calls);
    }

    @Test
    void seedsNothingWhenDemoDataIsOff() {
        assertEquals(List.of(), DemoDataRunner.run(false, List.of(seeder("centres", 10, false))));
        assertEquals(List.of(), calls);
    }

    @Test
    void aFailingSeederDoesNotStopTheOthers() {
        DemoData failing = new Fake("centres", 10, false) {
            @Override
            public String seed() {
                throw new IllegalStateException("broken");
            }
        };
        assertEquals(List.of("upgrades"), DemoDataRunner.run(true, List.of(failing, seeder("upgrades", 30, false))));
    }

    private DemoData seeder(String module, int order, boolean present) {
        return new Fake(module, order, present);
    }

    private class Fake implements DemoData {
        private final String module;
        private final int order;
        private final boolean present;

        Fake(String module, int order, boolean present) {
            this.module = module;
            this.order = order;
            this.present = present;
        }

        @Override
        public String module() {
            return module;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public boolean present() {
            return present;
        }

        @Override
        public String seed() {
            calls.add(module);
            return "seeded";
        }
    }
}
