package ma.gov.social.jisr.funding.internal.demo;

import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Budget lines, titles and targets of the demo's projects. */
final class DemoBudget {
    private static final String[] LINES = {"Aménagement et mise à niveau des locaux", "Équipement et mobilier",
        "Encadrement (éducatrices, assistante sociale)", "Fonctionnement et activités"};
    private static final int[] SHARES = {35, 25, 30};

    private DemoBudget() {
    }

    /**
     * Four lines whose ministry shares add up to the amount exactly (the last takes the rest); the association
     * brings a tenth of each line's share on top, in whole dirhams.
     */
    static List<Object[]> lines(long projectId, Dirhams amount) {
        List<Object[]> rows = new ArrayList<>();
        Dirhams given = Dirhams.ZERO;
        for (int i = 0; i < LINES.length; i++) {
            Dirhams asked = i < SHARES.length ? amount.share(SHARES[i], 100) : amount.minus(given);
            given = given.plus(asked);
            Dirhams own = Dirhams.of(asked.amount().longValue() / 10);
            rows.add(new Object[] {projectId, i + 1, LINES[i], asked.plus(own).amount(), own.amount()});
        }
        return rows;
    }

    static String title(String domain, int n) {
        String what = switch (domain) {
            case "FAMILY_SPACE" -> "Création d'un espace Jisr al-Usra";
            case "SOCIAL_NURSERY" -> "Crèche sociale de quartier";
            case "ELDERLY_DAY_CLUB" -> "Club de jour pour personnes âgées";
            case "POSITIVE_PARENTING" -> "Ateliers de parentalité positive";
            case "FAMILY_MEDIATION" -> "Cellule de médiation familiale";
            case "WOMEN_LISTENING" -> "Centre d'écoute et d'orientation des femmes";
            case "WOMEN_MULTIFUNCTION" -> "Espace multifonctionnel pour femmes";
            case "CHILD_PROTECTION" -> "Unité de protection de l'enfance";
            case "DISABILITY" -> "Unité mobile pour personnes handicapées";
            case "ELDERLY_CARE" -> "Soins à domicile pour personnes âgées";
            default -> "Distribution de kits de santé Salama";
        };
        return what + " n° " + (n + 1);
    }

    static String target(String domain) {
        return switch (domain) {
            case "SOCIAL_NURSERY", "CHILD_PROTECTION", "POSITIVE_PARENTING" -> "CHILDREN";
            case "ELDERLY_DAY_CLUB", "ELDERLY_CARE" -> "ELDERLY";
            case "WOMEN_LISTENING", "WOMEN_MULTIFUNCTION", "SALAMA_KITS" -> "WOMEN";
            case "DISABILITY" -> "DISABLED";
            default -> "FAMILIES";
        };
    }
}
