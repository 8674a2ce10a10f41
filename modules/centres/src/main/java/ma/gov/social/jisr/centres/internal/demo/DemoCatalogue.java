package ma.gov.social.jisr.centres.internal.demo;

import static ma.gov.social.jisr.centres.api.OfferedService.ACCOMMODATION;
import static ma.gov.social.jisr.centres.api.OfferedService.CHILDCARE;
import static ma.gov.social.jisr.centres.api.OfferedService.ECONOMIC_EMPOWERMENT;
import static ma.gov.social.jisr.centres.api.OfferedService.FAMILY_MEDIATION;
import static ma.gov.social.jisr.centres.api.OfferedService.LEGAL_ORIENTATION;
import static ma.gov.social.jisr.centres.api.OfferedService.LEISURE;
import static ma.gov.social.jisr.centres.api.OfferedService.LISTENING;
import static ma.gov.social.jisr.centres.api.OfferedService.MEALS;
import static ma.gov.social.jisr.centres.api.OfferedService.MEDICAL_CARE;
import static ma.gov.social.jisr.centres.api.OfferedService.ORIENTATION_TO_PROGRAMMES;
import static ma.gov.social.jisr.centres.api.OfferedService.PARENTING_SUPPORT;
import static ma.gov.social.jisr.centres.api.OfferedService.PSYCHOLOGICAL_SUPPORT;
import static ma.gov.social.jisr.centres.api.OfferedService.REHABILITATION;
import static ma.gov.social.jisr.centres.api.OfferedService.VOCATIONAL_TRAINING;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.OfferedService;

/** The words of the demo centres: names by type in both scripts, services, partners, inspectors, works. */
final class DemoCatalogue {
    record Kind(String code, String nameFr, String nameAr, int weight, List<OfferedService> services) {
    }

    static final Map<CentreType, Kind> KINDS = new EnumMap<>(Map.ofEntries(
            kind(CentreType.WOMEN_MULTIFUNCTION_SPACE, "EMF", "Espace multifonctionnel des femmes",
                    "الفضاء متعدد الوظائف للنساء", 14, LISTENING, LEGAL_ORIENTATION, VOCATIONAL_TRAINING,
                    ECONOMIC_EMPOWERMENT),
            kind(CentreType.LISTENING_CENTRE, "CEO", "Centre d'écoute et d'orientation", "مركز الاستماع والتوجيه", 8,
                    LISTENING, LEGAL_ORIENTATION, PSYCHOLOGICAL_SUPPORT),
            kind(CentreType.WOMEN_SHELTER, "CHF", "Centre d'accueil des femmes", "مركز إيواء النساء", 4, ACCOMMODATION,
                    MEALS, PSYCHOLOGICAL_SUPPORT, LEGAL_ORIENTATION),
            kind(CentreType.CHILD_PROTECTION_CENTRE, "CPE", "Centre de protection de l'enfance", "مركز حماية الطفولة", 4,
                    ACCOMMODATION, MEALS, PSYCHOLOGICAL_SUPPORT, LEISURE),
            kind(CentreType.CHILD_PROTECTION_UNIT, "UPE", "Unité de protection de l'enfance", "وحدة حماية الطفولة", 6,
                    LISTENING, ORIENTATION_TO_PROGRAMMES, FAMILY_MEDIATION),
            kind(CentreType.FAMILY_SPACE, "EFA", "Espace famille", "فضاء الأسرة", 10, FAMILY_MEDIATION,
                    PARENTING_SUPPORT, LISTENING),
            kind(CentreType.SOCIAL_NURSERY, "CRS", "Crèche sociale", "الحضانة الاجتماعية", 12, CHILDCARE, MEALS,
                    PARENTING_SUPPORT),
            kind(CentreType.ELDERLY_DAY_CLUB, "CPA", "Club des personnes âgées", "نادي الأشخاص المسنين", 7, LEISURE,
                    MEALS, MEDICAL_CARE),
            kind(CentreType.ELDERLY_CARE_INSTITUTION, "EPA", "Établissement d'accueil des personnes âgées",
                    "مؤسسة الرعاية الاجتماعية للأشخاص المسنين", 5, ACCOMMODATION, MEALS, MEDICAL_CARE),
            kind(CentreType.DISABILITY_ORIENTATION_CENTRE, "COH", "Centre d'orientation des personnes handicapées",
                    "مركز توجيه ومساعدة الأشخاص في وضعية إعاقة", 7, ORIENTATION_TO_PROGRAMMES, REHABILITATION,
                    LISTENING),
            kind(CentreType.DISABILITY_CARE_CENTRE, "CAH", "Centre d'accueil des personnes handicapées",
                    "مركز رعاية الأشخاص في وضعية إعاقة", 5, ACCOMMODATION, REHABILITATION, MEDICAL_CARE),
            kind(CentreType.TRAINING_INCLUSION_CENTRE, "CFI", "Centre de formation et d'insertion",
                    "مركز التكوين والإدماج", 10, VOCATIONAL_TRAINING, ECONOMIC_EMPOWERMENT, ORIENTATION_TO_PROGRAMMES),
            kind(CentreType.HOMELESS_SHELTER, "CSA", "Centre d'accueil des personnes sans abri",
                    "مركز إيواء الأشخاص بدون مأوى", 3, ACCOMMODATION, MEALS, MEDICAL_CARE),
            kind(CentreType.MOBILE_SOCIAL_UNIT, "USM", "Unité sociale mobile", "الوحدة الاجتماعية المتنقلة", 5,
                    LISTENING, ORIENTATION_TO_PROGRAMMES, MEDICAL_CARE)));

    static final List<String> PARTNERS = List.of("Association Al Amal pour le développement", "Association Annour",
            "Association Ennakhil pour la femme et l'enfant", "Association Tafiouchte", "Association Al Karam",
            "Association Dar Al Atfal", "Association Afak", "Association Al Ihssane", "Association Tilila",
            "Association Chifae", "Association Assadaka", "Association Nour Al Hayat");

    static final List<String> STREETS = List.of("Avenue Hassan II", "Boulevard Mohammed V", "Rue Al Amal",
            "Rue Al Massira", "Avenue Al Qods", "Rue Ibn Sina", "Rue Al Wahda", "Avenue Al Fath", "Rue Annasr",
            "Quartier Al Farah", "Hay Essalam", "Hay Al Andalous");

    static final List<String> INSPECTORS = List.of("Nadia El Amrani", "Rachid Ouazzani", "Samira Benjelloun",
            "Karim Tazi", "Laila Berrada", "Youssef El Idrissi", "Houda Kettani", "Abdelaziz Naciri",
            "Meryem Skalli", "Hicham Chraibi", "Zineb Alaoui", "Mustapha Rahmani", "Imane Fassi", "Driss Bouzid");

    static final List<String> NOTES = List.of("Toiture à refaire avant l'hiver.",
            "Rampe d'accès absente pour les fauteuils roulants.", "Extincteurs périmés, à remplacer.",
            "Personnel qualifié insuffisant pour la capacité.", "Sanitaires en mauvais état.",
            "Bon état général, équipe motivée.", "مطبخ يحتاج إلى تجديد.", "نقص في التجهيزات التربوية.",
            "Installation électrique non conforme.", "Locaux propres et bien entretenus.");

    static final List<String> WORKS = List.of("Réfection de la toiture et de l'étanchéité",
            "Mise aux normes électriques et sécurité incendie",
            "Aménagement de l'accessibilité (rampes, sanitaires adaptés)",
            "Rénovation des salles d'activités et du mobilier", "Extension des dortoirs et réfection de la cuisine",
            "Remplacement des menuiseries et peinture générale", "Équipement informatique et salle de formation");

    private DemoCatalogue() {
    }

    private static Map.Entry<CentreType, Kind> kind(CentreType type, String code, String fr, String ar, int weight,
                                                    OfferedService... services) {
        return Map.entry(type, new Kind(code, fr, ar, weight, List.of(services)));
    }
}
