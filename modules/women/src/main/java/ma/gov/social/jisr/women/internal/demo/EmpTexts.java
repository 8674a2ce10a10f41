package ma.gov.social.jisr.women.internal.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.Sector;
import ma.gov.social.jisr.women.api.empowerment.TrainingKind;

/**
 * The words of the empowerment demo, as staff and cooperatives write them: French mostly, Arabic for a part,
 * like the forms they are copied from. An activity, an idea and a cooperative's trade per sector, so that a
 * woman's activity, her request and her cooperative agree.
 */
final class EmpTexts {
    static final Map<Sector, List<String>> ACTIVITIES = new EnumMap<>(Sector.class);
    static final Map<Sector, List<String>> IDEAS = new EnumMap<>(Sector.class);
    /** What a cooperative of the sector makes: the French end of its name, then the Arabic one. */
    static final Map<Sector, List<String[]>> TRADES = new EnumMap<>(Sector.class);
    static final List<String> COLLECTIVE_IDEAS = List.of(
            "Achat d'une machine de conditionnement et d'étiquetage pour les produits de la coopérative",
            "Aménagement d'un local de production aux normes ONSSA pour la coopérative",
            "Participation aux salons régionaux et création d'une boutique en ligne de la coopérative",
            "اقتناء معدات جديدة للتعاونية وتكوين العضوات على استعمالها",
            "Achat d'un véhicule utilitaire pour livrer les commandes de la coopérative");
    /** Cooperatives' names, in French then in Arabic. */
    static final List<String[]> NAMES = List.of(new String[] {"Nour", "النور"}, new String[] {"Al Amal", "الأمل"},
            new String[] {"Tifawin", "تيفاوين"}, new String[] {"Annahda", "النهضة"},
            new String[] {"Al Baraka", "البركة"}, new String[] {"Assafa", "الصفاء"}, new String[] {"Tilila", "تليلا"},
            new String[] {"Al Wafa", "الوفاء"}, new String[] {"Ennasr", "النصر"}, new String[] {"Tamount", "تامونت"},
            new String[] {"Al Izdihar", "الازدهار"}, new String[] {"Al Khair", "الخير"},
            new String[] {"Argana", "أركانة"}, new String[] {"Al Fajr", "الفجر"}, new String[] {"Chourouk", "الشروق"},
            new String[] {"Yasmine", "الياسمين"}, new String[] {"Az-Zahra", "الزهراء"},
            new String[] {"Tafrout", "تافروت"}, new String[] {"Al Mostakbal", "المستقبل"},
            new String[] {"Al Ikhlas", "الإخلاص"}, new String[] {"Tawada", "تاوادا"},
            new String[] {"Al Hidaya", "الهداية"},
            new String[] {"Atlas", "الأطلس"}, new String[] {"Al Ouahda", "الوحدة"});
    static final List<String> REASONS = List.of(
            "Projet jugé non viable : marché local déjà saturé pour cette activité",
            "Dossier incomplet malgré deux relances (devis et attestation de résidence manquants)",
            "Montant demandé hors du plafond du programme pour ce type de projet",
            "Activité hors des secteurs éligibles de l'appel en cours",
            "Bénéficiaire déjà financée par un autre programme pour le même projet");
    static final Map<TrainingKind, List<String>> TOPICS = Map.of(
            TrainingKind.DIGITAL, List.of("Marketing digital et vente en ligne",
                    "Créer et animer la page de son activité sur les réseaux sociaux",
                    "Photographier ses produits avec un smartphone", "Paiement mobile et portefeuille électronique",
                    "تسويق المنتجات عبر الإنترنت", "استعمال الهاتف الذكي في تدبير المشروع"),
            TrainingKind.TRADE, List.of("Comptabilité simplifiée", "Calcul du prix de revient et fixation des prix",
                    "Hygiène et normes des produits alimentaires", "Techniques de vente et négociation",
                    "Monter son dossier de financement", "التسيير المالي للمشاريع الصغيرة",
                    "تقنيات التعبئة والتغليف"));
    static final List<String> PLACES = List.of("Espace multifonctionnel des femmes, %s", "Maison de la femme, %s",
            "Centre de formation par apprentissage, %s", "دار المرأة، %s");
    static final List<String> TRAINERS = List.of("Samira Benkirane", "Hind El Ouafi", "Rachida Lamrani",
            "نعيمة الحسناوي", "Ghizlane Tber", "Karima Ait Lahcen", "سميرة البقالي", "Loubna Chafik");
    static final Map<Milestone, String> DONE = new EnumMap<>(Milestone.class);
    static final String ACTIVE = "Activité toujours en marche un an après le lancement ; clientèle fidélisée.";
    static final String STOPPED = "Activité arrêtée : débouchés insuffisants, l'intéressée cherche un emploi salarié.";

    static {
        put(Sector.AGRICULTURE, List.of("Élevage de poules pondeuses", "Culture de plantes aromatiques et médicinales",
                "تربية الماعز"), List.of("Élevage de 200 poules pondeuses et vente des œufs au souk hebdomadaire",
                "Serre de plantes aromatiques (menthe, verveine) et vente aux herboristes",
                "توسيع حظيرة الماعز وشراء الأعلاف"), new String[] {"l'élevage caprin", "لتربية الماعز"},
                new String[] {"le safran et les plantes aromatiques", "للزعفران والنباتات العطرية"});
        put(Sector.AGRIFOOD, List.of("Pâtisserie marocaine sur commande", "Préparation de couscous et de msemen",
                "تحضير الحلويات التقليدية"), List.of("Four professionnel et pétrin pour la pâtisserie sur commande",
                "Unité de roulage de couscous artisanal et emballage", "مطبخ صغير لتحضير الوجبات وبيعها للمكاتب"),
                new String[] {"le couscous", "للكسكس"}, new String[] {"les produits du terroir", "للمنتوجات المحلية"},
                new String[] {"le miel", "لتربية النحل"});
        put(Sector.HANDICRAFT, List.of("Broderie traditionnelle", "Tissage de tapis", "صناعة الفخار"),
                List.of("Métier à tisser et laine pour une production de tapis à la commande",
                        "Atelier de broderie fassie et vente aux boutiques de la médina",
                        "فرن لصناعة الفخار وتسويقه في المعارض"), new String[] {"le tissage de tapis", "للنسيج"},
                new String[] {"la poterie", "للفخار"}, new String[] {"la broderie", "للطرز"});
        put(Sector.TEXTILE, List.of("Couture et retouches à domicile", "Confection de caftans",
                "الخياطة التقليدية"), List.of("Deux machines à coudre et une surjeteuse pour un atelier de retouches",
                "Atelier de confection de caftans et de djellabas sur mesure", "ورشة خياطة لملابس الأطفال"),
                new String[] {"la couture", "للخياطة"},
                new String[] {"la confection traditionnelle", "للخياطة التقليدية"});
        put(Sector.TRADE, List.of("Épicerie de quartier", "Vente de produits cosmétiques naturels", "بيع الملابس"),
                List.of("Ouverture d'une épicerie de proximité dans le quartier",
                        "Stock de produits cosmétiques naturels et stand au marché", "محل لبيع ملابس الأطفال"),
                new String[] {"la commercialisation des produits locaux", "لتسويق المنتوجات المحلية"});
        put(Sector.SERVICES, List.of("Salon de coiffure", "Garde d'enfants", "خدمات التنظيف"),
                List.of("Équipement d'un salon de coiffure et d'esthétique", "Crèche familiale pour six enfants",
                        "مقاولة صغيرة لخدمات التنظيف"), new String[] {"les services de proximité", "لخدمات القرب"});
        put(Sector.DIGITAL, List.of("Vente en ligne de produits artisanaux", "Cybercafé et services administratifs",
                "التصميم الرقمي"), List.of("Boutique en ligne de produits artisanaux de la région",
                "Cybercafé avec impression et aide aux démarches en ligne", "استوديو صغير للتصميم والطباعة"),
                new String[] {"le commerce en ligne", "للتجارة الإلكترونية"});
        put(Sector.TOURISM, List.of("Maison d'hôtes", "Restauration traditionnelle pour touristes", "الإرشاد السياحي"),
                List.of("Aménagement de deux chambres d'hôtes dans la maison familiale",
                        "Table d'hôtes de cuisine traditionnelle pour les circuits touristiques",
                        "تجهيز دار للضيافة القروية"), new String[] {"le tourisme rural", "للسياحة القروية"});
        put(Sector.OTHER, List.of("Activité de transformation diverse", "Recyclage de plastique", "أنشطة متنوعة"),
                List.of("Petite unité de recyclage du plastique du quartier", "Atelier de fabrication de savon",
                        "مشروع صغير لصناعة الصابون"), new String[] {"le recyclage", "لإعادة التدوير"});
        DONE.put(Milestone.IDEA, "Idée validée en entretien avec l'accompagnatrice.");
        DONE.put(Milestone.BUSINESS_PLAN, "Plan d'affaires rédigé ; étude de marché simplifiée jointe.");
        DONE.put(Milestone.LEGAL, "Statut d'auto-entrepreneur obtenu ; inscription à la CNSS faite.");
        DONE.put(Milestone.FINANCING, "Convention de financement signée avec le programme.");
        DONE.put(Milestone.LAUNCH, "Activité démarrée ; premières ventes enregistrées.");
    }

    private EmpTexts() {
    }

    private static void put(Sector sector, List<String> activities, List<String> ideas, String[]... trades) {
        ACTIVITIES.put(sector, activities);
        IDEAS.put(sector, ideas);
        TRADES.put(sector, List.of(trades));
    }
}
