package ma.gov.social.jisr.funding.internal.demo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The demo's calls for proposals: the 2023 family-protection call as the ministry ran it (23 March to 2 May,
 * decided), a 2026 call for women's listening centres being scored, a 2027 child-protection call open for
 * submissions and a draft for elderly people.
 */
final class DemoCalls {
    record Call(String reference, String titleAr, String titleFr, String domains, String provinces,
                LocalDateTime opensAt, LocalDateTime closesAt, String envelope, String ceiling, int minYears,
                int passMark, String tieRule, boolean provinceSpread, String requiredDocs, String status) {
    }

    static final String EVALUATORS = "evaluateur.1|evaluateur.2|evaluateur.3";
    static final String DOCS = "BUDGET_FORM|LEGAL_RECEIPT|STATUTES|TECHNICAL_SHEET";
    static final String[][] GRID = {
        {"ملاءمة المشروع لحاجيات الأسر بالمجال الترابي", "Pertinence au regard des besoins des familles du territoire", "30"},
        {"جودة الخدمات المقترحة وتنظيمها", "Qualité et organisation des services proposés", "25"},
        {"قدرات الجمعية وتجربتها", "Capacités et expérience de l'association", "20"},
        {"واقعية الميزانية والمساهمة الذاتية", "Réalisme du budget et apport propre", "15"},
        {"الشراكات واستدامة المشروع", "Partenariats et pérennité du projet", "10"}};

    static final Call FAMILY_2023 = new Call("AAP-2023-FAM", "طلب مشاريع 2023 لحماية الأسرة",
            "Appel à projets 2023 – protection de la famille", "CHILD_PROTECTION|DISABILITY|ELDERLY_CARE|"
            + "ELDERLY_DAY_CLUB|FAMILY_MEDIATION|FAMILY_SPACE|POSITIVE_PARENTING|SALAMA_KITS|SOCIAL_NURSERY|"
            + "WOMEN_LISTENING|WOMEN_MULTIFUNCTION", "", LocalDateTime.of(2023, 3, 23, 9, 0),
            LocalDateTime.of(2023, 5, 2, 16, 30), "30000000.00", "500000.00", 3, 60, "EARLIER_RECEIVED", false,
            DOCS, "DECIDED");
    static final Call WOMEN_2026 = new Call("AAP-2026-FEM", "طلب مشاريع 2026 لمراكز الاستماع للنساء",
            "Appel à projets 2026 – centres d'écoute pour femmes", "WOMEN_LISTENING|WOMEN_MULTIFUNCTION", "",
            LocalDateTime.of(2026, 6, 2, 9, 0), LocalDateTime.of(2026, 7, 15, 16, 30), "6000000.00", "400000.00", 2,
            60, "SMALLER_AMOUNT", true, DOCS, "CLOSED");
    static final Call CHILDREN_2027 = new Call("AAP-2027-ENF", "طلب مشاريع 2027 لوحدات حماية الطفولة",
            "Appel à projets 2027 – unités de protection de l'enfance", "CHILD_PROTECTION|POSITIVE_PARENTING", "",
            LocalDateTime.of(2026, 10, 15, 9, 0), LocalDateTime.of(2027, 1, 29, 16, 30), "8000000.00", "450000.00", 2,
            60, "EARLIER_RECEIVED", true, DOCS, "PUBLISHED");
    static final Call ELDERLY_2027 = new Call("AAP-2027-AGE", "طلب مشاريع 2027 لنوادي المسنين",
            "Appel à projets 2027 – clubs de jour pour personnes âgées", "ELDERLY_CARE|ELDERLY_DAY_CLUB",
            "MA-CAS|MA-RAB", LocalDateTime.of(2027, 2, 1, 9, 0), LocalDateTime.of(2027, 3, 31, 16, 30),
            "3000000.00", "300000.00", 3, 60, "EARLIER_RECEIVED", false, DOCS, "DRAFT");

    static final List<Call> ALL = List.of(FAMILY_2023, WOMEN_2026, CHILDREN_2027, ELDERLY_2027);

    private DemoCalls() {
    }
}
