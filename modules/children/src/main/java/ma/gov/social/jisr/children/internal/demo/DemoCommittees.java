package ma.gov.social.jisr.children.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import ma.gov.social.jisr.platform.api.module.DemoData;

/** A pilot province's foster families and committee for the demo: members, two meetings, the year's plan. */
final class DemoCommittees {
    private static final LocalDate AS_OF = DemoData.AS_OF;
    private static final List<String[]> MEMBERS = List.of(
            new String[] {"Tribunal de première instance — juge des mineurs", "Juge des mineurs"},
            new String[] {"Parquet — substitut du procureur chargé des mineurs", "Substitut du procureur"},
            new String[] {"Sûreté nationale — brigade des mineurs", "Chef de brigade"},
            new String[] {"Délégation provinciale de la santé", "Médecin référent"},
            new String[] {"Direction provinciale de l'éducation nationale", "Chef de service"},
            new String[] {"Entraide nationale — coordination provinciale", "Coordinatrice"});
    private static final String[] DELEGATES = {"Ahmed Berrada", "Fatima Zahraoui", "Youssef El Amrani",
        "Nadia Chami", "Rachid Ouali", "Salma Bennis"};
    private static final List<String[]> PLAN = List.of(
            new String[] {"Former les intervenants au circuit de signalement", "Entraide nationale",
                "Intervenants formés", "DONE"},
            new String[] {"Ouvrir une permanence d'écoute dans les écoles", "Direction provinciale de l'éducation",
                "Écoles couvertes", "IN_PROGRESS"},
            new String[] {"Recenser les enfants en situation de rue", "Sûreté nationale", "Enfants recensés",
                "PLANNED"},
            new String[] {"Agréer de nouvelles familles d'accueil", "Tribunal de première instance",
                "Familles agréées", "PLANNED"});

    private final DemoChildren made;
    private final LongSupplier ids;

    DemoCommittees(DemoChildren made, LongSupplier ids) {
        this.made = made;
        this.ids = ids;
    }

    /** Two approved foster families of three places: id to places. */
    Map<Long, Integer> families(ChildrenDemo.Pilot pilot) {
        Map<Long, Integer> families = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            long id = ids.getAsLong();
            made.add("foster_family", id, "FA-" + pilot.province().substring(3) + "-" + id, (i == 0 ? "Famille Alaoui"
                    : "Famille Tazi") + " (" + pilot.province().substring(3) + ")", "Quartier Hay Salam",
                    pilot.regionCode(), pilot.province(), AS_OF.minusYears(1), "AGR-" + AS_OF.minusYears(1).getYear()
                    + "/" + id, 3, AS_OF.minusYears(1).minusMonths(1), "APPROVED", at(AS_OF.minusYears(1)),
                    DemoData.AUTHOR);
            families.put(id, 3);
        }
        return families;
    }

    void province(ChildrenDemo.Pilot pilot) {
        long[] members = new long[MEMBERS.size()];
        LocalDate since = AS_OF.minusYears(1).withDayOfYear(1);
        for (int i = 0; i < members.length; i++) {
            members[i] = ids.getAsLong();
            made.add("committee_member", members[i], pilot.regionCode(), pilot.province(), MEMBERS.get(i)[0],
                    DELEGATES[i], MEMBERS.get(i)[1], since, at(since), pilot.worker());
        }
        long held = ids.getAsLong();
        LocalDate heldOn = AS_OF.minusDays(60);
        made.add("meeting", held, pilot.regionCode(), pilot.province(), heldOn, "Siège de la province",
                "1. Bilan du trimestre ; 2. Circuit de signalement ; 3. Familles d'accueil", "HELD", at(heldOn),
                pilot.worker());
        for (int i = 0; i < members.length; i++) {
            made.add("attendance", held, members[i], i != 3);
        }
        long decision = ids.getAsLong();
        made.add("decision", decision, held, "Former les intervenants au circuit de signalement avant la fin de"
                + " l'année.", at(heldOn), pilot.worker());
        made.add("decision", ids.getAsLong(), held, "Relancer l'agrément de familles d'accueil.", at(heldOn),
                pilot.worker());
        made.add("meeting", ids.getAsLong(), pilot.regionCode(), pilot.province(), AS_OF.plusDays(20),
                "Siège de la province", "1. Suivi du plan d'action ; 2. Cas complexes", "PLANNED", at(AS_OF),
                pilot.worker());
        for (int i = 0; i < PLAN.size(); i++) {
            String[] a = PLAN.get(i);
            int target = 10 + 5 * i;
            int achieved = "DONE".equals(a[3]) ? target : "IN_PROGRESS".equals(a[3]) ? target / 2 : 0;
            made.add("plan_action", ids.getAsLong(), pilot.regionCode(), pilot.province(), AS_OF.getYear(), a[0], a[1],
                    i == 2 ? AS_OF.minusDays(15) : AS_OF.withMonth(12).withDayOfMonth(31), a[3], a[2], target,
                    achieved, i == 0 ? decision : null, at(heldOn), pilot.worker());
        }
    }

    private static LocalDateTime at(LocalDate day) {
        return day.atTime(10, 0);
    }
}
