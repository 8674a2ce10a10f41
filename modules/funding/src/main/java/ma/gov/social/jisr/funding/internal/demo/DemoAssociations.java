package ma.gov.social.jisr.funding.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.value.Rib;

/** Draws the demo's associations: names, domains, banks and statuses from a fixed seed. */
final class DemoAssociations {
    record Made(String registrationNo, String nameAr, String nameFr, Province province, LocalDate registeredOn,
                String domains, String contact, String phone, String status, LocalDate statusOn, String decision,
                String ribInForce, String ribWaiting) {
    }

    private static final String[][] KINDS = {
        {"جمعية الأمل للتنمية الأسرية", "Association Al Amal pour le développement familial"},
        {"جمعية النور للطفولة", "Association Annour pour l'enfance"},
        {"جمعية التضامن النسائي", "Association de solidarité féminine"},
        {"جمعية الرعاية للمسنين", "Association Arriaya pour les personnes âgées"},
        {"جمعية الإدماج للأشخاص في وضعية إعاقة", "Association Al Idmaj pour les personnes handicapées"},
        {"جمعية الوئام للوساطة الأسرية", "Association Al Wiam de médiation familiale"},
        {"جمعية الفجر للتربية الوالدية", "Association Al Fajr pour la parentalité"},
        {"جمعية البسمة للتعليم الأولي", "Association Al Basma pour le préscolaire"},
        {"جمعية الكرامة لمناهضة العنف", "Association Al Karama contre la violence"},
        {"جمعية الصحة للجميع", "Association Santé pour tous"}};
    private static final String[] BANKS = {"011", "007", "022", "145", "190", "225", "230", "350"};
    private static final FundingDomain[][] DOMAINS = {
        {FundingDomain.FAMILY_SPACE, FundingDomain.SOCIAL_NURSERY, FundingDomain.ELDERLY_DAY_CLUB},
        {FundingDomain.CHILD_PROTECTION, FundingDomain.POSITIVE_PARENTING},
        {FundingDomain.WOMEN_LISTENING, FundingDomain.WOMEN_MULTIFUNCTION},
        {FundingDomain.ELDERLY_CARE, FundingDomain.ELDERLY_DAY_CLUB},
        {FundingDomain.DISABILITY},
        {FundingDomain.FAMILY_MEDIATION, FundingDomain.FAMILY_SPACE},
        {FundingDomain.POSITIVE_PARENTING, FundingDomain.SOCIAL_NURSERY},
        {FundingDomain.SOCIAL_NURSERY},
        {FundingDomain.WOMEN_LISTENING, FundingDomain.SALAMA_KITS},
        {FundingDomain.SALAMA_KITS, FundingDomain.FAMILY_SPACE}};

    private final Random random;
    private final List<Province> provinces;

    DemoAssociations(Random random, List<Province> provinces) {
        this.random = random;
        this.provinces = provinces;
    }

    List<Made> associations() {
        List<Made> made = new ArrayList<>();
        int n = 0;
        for (Province p : provinces) {
            int count = switch (p.code()) {
                case "MA-RAB", "MA-CAS" -> 12;
                default -> 2;
            };
            for (int i = 0; i < count; i++) {
                made.add(one(p, n++, i));
            }
        }
        return made;
    }

    private Made one(Province p, int n, int i) {
        int kind = (n + i) % KINDS.length;
        String place = p.nameFr();
        LocalDate registered = DemoData.AS_OF.minusDays(400 + random.nextInt(20 * 365));
        Set<FundingDomain> domains = EnumSet.copyOf(List.of(DOMAINS[kind]));
        String status = "ACTIVE";
        LocalDate statusOn = null;
        String decision = null;
        int draw = random.nextInt(100);
        if (draw < 5) {
            status = "WARNED";
            statusOn = DemoData.AS_OF.minusDays(30 + random.nextInt(300));
            decision = "Avertissement n° %d/%d : rapport financier non remis".formatted(n, statusOn.getYear());
        } else if (draw < 8) {
            status = "SUSPENDED";
            statusOn = DemoData.AS_OF.minusDays(30 + random.nextInt(300));
            decision = "Décision n° %d/%d : dépenses non justifiées, suspension".formatted(n, statusOn.getYear());
        } else if (draw < 9) {
            status = "BLACKLISTED";
            statusOn = DemoData.AS_OF.minusDays(100 + random.nextInt(500));
            decision = "Décision n° %d/%d : fonds détournés, restitution demandée".formatted(n, statusOn.getYear());
        }
        String rib = draw < 90 ? rib() : null;
        String waiting = draw >= 85 && draw < 95 ? rib() : null;
        return new Made("AS-%s-%04d".formatted(p.code().substring(3), n + 1), KINDS[kind][0] + " - " + p.nameAr(),
                KINDS[kind][1] + " - " + place, p, registered, String.join("|", domains.stream().map(Enum::name)
                .sorted().toList()), "Président(e) " + (n + 1), "+2126%08d".formatted(10_000_000 + n * 7919),
                status, statusOn, decision, rib, waiting);
    }

    private String rib() {
        StringBuilder first = new StringBuilder(BANKS[random.nextInt(BANKS.length)]);
        first.append("%03d".formatted(random.nextInt(1000)));
        for (int k = 0; k < 16; k++) {
            first.append(random.nextInt(10));
        }
        return first + Rib.keyFor(first.toString());
    }
}
