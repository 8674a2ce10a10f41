package ma.gov.social.jisr.funding.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.funding.internal.Selection;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.junit.jupiter.api.Test;

/** The demo's 2023 call matches the ministry's figures, and the committee's rule selects exactly those projects. */
class DemoProjectsTest {
    private final List<DemoProjects.Drawn> drawn = new DemoProjects(new Random(2023_05_02)).family2023();

    @Test
    void theSelectedProjectsAddUpToTheMinistrysFiguresToTheCentime() {
        assertEquals(180, drawn.size());
        assertEquals(Dirhams.of("29815250.00"), sum(drawn.subList(0, 120)));
        List<DemoProjects.Drawn> spaces = drawn.subList(0, 120).stream()
                .filter(d -> d.domain().equals("FAMILY_SPACE")).toList();
        assertEquals(55, spaces.size());
        assertEquals(Dirhams.of("20172250.00"), sum(spaces));
        assertEquals(49, spaces.stream().filter(d -> d.components().contains("SOCIAL_NURSERY")).count());
        assertEquals(40, spaces.stream().filter(d -> d.components().contains("ELDERLY_DAY_CLUB")).count());
        assertTrue(drawn.stream().allMatch(d -> d.amount().compareTo(Dirhams.of("500000")) <= 0
                && d.amount().compareTo(Dirhams.ZERO) > 0), "within the call's ceiling");
        assertTrue(drawn.stream().allMatch(d -> !d.receivedAt().isBefore(DemoCalls.FAMILY_2023.opensAt())
                && d.receivedAt().isBefore(DemoCalls.FAMILY_2023.closesAt())), "within the window");
    }

    @Test
    void theCommitteesRuleProposesExactlyTheHundredAndTwentyWithTheirEvaluatorsScores() {
        DemoProjects draw = new DemoProjects(new Random(7));
        List<Selection.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            int[] t = draw.totals(drawn.get(i).score());
            candidates.add(new Selection.Candidate(i, "MA-RAB", drawn.get(i).amount(), List.of(t[0], t[1], t[2]),
                    drawn.get(i).receivedAt()));
        }
        Set<Long> proposed = Selection.propose(candidates, Dirhams.of("30000000.00"), 60, TieRule.EARLIER_RECEIVED,
                false).stream().filter(Selection.Outcome::proposed).map(o -> o.candidate().projectId())
                .collect(Collectors.toSet());
        assertEquals(120, proposed.size());
        assertTrue(proposed.stream().allMatch(id -> id < 120), "the 120 drawn as selected, no other");
    }

    @Test
    void gridPointsStayWithinEachWeightAndAddUpToTheTotal() {
        int[] weights = {30, 25, 20, 15, 10};
        for (int total = 0; total <= 100; total++) {
            int[] points = DemoProjects.points(total, weights);
            int sum = 0;
            for (int i = 0; i < points.length; i++) {
                assertTrue(points[i] >= 0 && points[i] <= weights[i]);
                sum += points[i];
            }
            assertEquals(total, sum);
        }
    }

    private static Dirhams sum(List<DemoProjects.Drawn> list) {
        return list.stream().map(DemoProjects.Drawn::amount).reduce(Dirhams.ZERO, Dirhams::plus);
    }
}
