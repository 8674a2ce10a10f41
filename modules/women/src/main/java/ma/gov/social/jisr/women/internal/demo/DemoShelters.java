package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.women.api.ImmediateNeed;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Place;
import ma.gov.social.jisr.women.internal.demo.DemoWomen.Stay;

/** The demo's shelter stays and waiting list, drawn after the cases. */
final class DemoShelters {
    private final DemoWomen w;
    private final Dice dice;

    DemoShelters(DemoWomen w, Dice dice) {
        this.w = w;
        this.dice = dice;
    }

    /**
     * The smallest shelter of Rabat (else of the place with the most open w.cases) is exactly full, with three
     * women waiting; the others are partly taken. Stays are open cases' of the shelter's province, admitted
     * once assessed; some closed w.cases left a shelter on their closing day.
     */
    void place(Map<String, List<CentreCard>> byProvince) {
        List<CentreCard> all = new ArrayList<>();
        for (Place p : DemoWomen.PLACES) {
            byProvince.getOrDefault(p.provinceCode(), List.of()).stream()
                    .filter(c -> c.type() == CentreType.WOMEN_SHELTER && c.beds() != null && c.beds() > 0)
                    .sorted(Comparator.comparingInt(CentreCard::beds).thenComparingLong(CentreCard::id))
                    .forEach(all::add);
        }
        for (CentreCard s : all) {
            List<Made> candidates = new ArrayList<>(w.cases.stream()
                    .filter(m -> m.open() && m.stay == null && m.waitingSince == null
                            && m.centre.provinceCode().equals(s.provinceCode())).toList());
            boolean full = w.fullShelter == null && candidates.size() >= s.beds() + 3;
            int taken = full ? s.beds() : Math.min(candidates.size(), s.beds() * (3 + dice.random().nextInt(5)) / 10);
            // the assessed first: a woman in danger is sheltered once the risk is known
            candidates.sort(Comparator.comparing((Made m) -> m.latestRisk() == null ? 1 : 0)
                    .thenComparing(m -> m.openedOn));
            for (int i = 0; i < taken; i++) {
                Made m = candidates.get(i);
                LocalDate in = m.latestRisk() == null ? m.openedOn : m.risks.get(0).on();
                m.stay = new Stay(s, in, null);
                m.needs.add(ImmediateNeed.SHELTER);
            }
            if (full) {
                w.fullShelter = s;
                for (int i = 0; i < 3; i++) {
                    Made m = candidates.get(taken + i);
                    m.waitingSince = DemoWomen.AS_OF.minusDays(9 - 3L * i).atTime(10 + i, 15);
                    m.needs.add(ImmediateNeed.SHELTER);
                }
            }
            w.shelters.put(s, taken);
            w.cases.stream().filter(m -> !m.open() && m.stay == null && m.reachedAtLeast(CaseStep.ASSESSED)
                            && m.centre.provinceCode().equals(s.provinceCode()) && dice.random().nextInt(100) < 15)
                    .forEach(m -> {
                        m.stay = new Stay(s, m.risks.isEmpty() ? m.openedOn : m.risks.get(0).on(), m.closedOn);
                        m.needs.add(ImmediateNeed.SHELTER);
                    });
        }
        if (w.fullShelter != null) {
            // the full one first, for the summary
            Map<CentreCard, Integer> ordered = new LinkedHashMap<>();
            ordered.put(w.fullShelter, w.shelters.get(w.fullShelter));
            ordered.putAll(w.shelters);
            w.shelters.clear();
            w.shelters.putAll(ordered);
        }
    }
}
