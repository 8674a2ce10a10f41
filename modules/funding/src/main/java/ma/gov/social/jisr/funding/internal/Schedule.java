package ma.gov.social.jisr.funding.internal;

import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A grant cut into tranches by whole percentages: each share rounded down to the centime, the last tranche
 * taking what is left, so that the tranches always add up to the grant exactly.
 */
final class Schedule {
    static final int MAX_TRANCHES = 6;

    private Schedule() {
    }

    static List<Dirhams> amounts(Dirhams granted, List<Integer> percents) {
        if (percents == null || percents.isEmpty() || percents.size() > MAX_TRANCHES) {
            throw new JisrException("funding.agreement.scheduleSize", MAX_TRANCHES);
        }
        if (percents.stream().anyMatch(p -> p == null || p < 1)) {
            throw new JisrException("funding.agreement.schedulePercent");
        }
        int sum = percents.stream().mapToInt(Integer::intValue).sum();
        if (sum != 100) {
            throw new JisrException("funding.agreement.scheduleSum", sum);
        }
        List<Dirhams> amounts = new ArrayList<>();
        Dirhams given = Dirhams.ZERO;
        for (int i = 0; i < percents.size() - 1; i++) {
            Dirhams share = granted.share(percents.get(i), 100);
            amounts.add(share);
            given = given.plus(share);
        }
        amounts.add(granted.minus(given));
        return amounts;
    }
}
