package ma.gov.social.jisr.platform.internal.bootstrap;

import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** Demo accounts of development mode only, one per kind of user, at several territorial levels. */
final class DemoAccounts {
    /** Known on purpose: development mode only (the run command prints it). */
    static final String PASSWORD = "Jisr-Demo-2026";

    record Demo(String username, String fullName, Set<String> roles, TerritorialScope scope, String language) {
    }

    static final List<Demo> ALL = List.of(
            new Demo("admin", "أمينة العلوي", Set.of(Roles.ADMINISTRATOR), TerritorialScope.national(), "ar"),
            new Demo("admin.rabat", "Youssef Benali", Set.of(Roles.ADMINISTRATOR),
                    TerritorialScope.province("MA-RAB"), "fr"),
            new Demo("coord.casa", "Khadija Tazi", Set.of(Roles.REGIONAL_COORDINATOR),
                    TerritorialScope.region("MA-06"), "fr"),
            new Demo("coord.rabat", "Latifa Amrani", Set.of(Roles.REGIONAL_COORDINATOR),
                    TerritorialScope.region("MA-04"), "fr"),
            new Demo("agent.rabat", "فاطمة الزهراء بناني",
                    Set.of(Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN), TerritorialScope.province("MA-RAB"),
                    "ar"),
            // the "Awladna" pilots: a children's worker in each other pilot province, and the ministry's
            // national child-protection coordinator (the national view of the pilots)
            children("enfance.sale", "Imane Alaoui", "MA-SAL", "fr"),
            children("enfance.casa", "سعيد الإدريسي", "MA-CAS", "ar"),
            children("enfance.tanger", "Hamza Bennani", "MA-TNG", "fr"),
            children("enfance.meknes", "نادية الفاسي", "MA-MEK", "ar"),
            children("enfance.marrakech", "Sara Ouazzani", "MA-MAR", "fr"),
            children("enfance.agadir", "إبراهيم أيت باها", "MA-AGD", "ar"),
            children("enfance.laayoune", "مريم ماء العينين", "MA-LAA", "ar"),
            new Demo("coord.enfance", "Mounia Sqalli", Set.of(Roles.REGIONAL_COORDINATOR), TerritorialScope.national(),
                    "fr"),
            new Demo("agent.casa", "Omar Chraibi", Set.of(Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY),
                    TerritorialScope.province("MA-CAS"), "fr"),
            new Demo("agent.femmes", "Meryem Kettani", Set.of(Roles.CASE_WORKER_WOMEN),
                    TerritorialScope.region("MA-06"), "fr"),
            new Demo("partenariat", "عبد الله الصبيحي", Set.of(Roles.PARTNERSHIP_OFFICER), TerritorialScope.national(),
                    "ar"),
            new Demo("partenariat.rabat", "Rachid Lahlou", Set.of(Roles.PARTNERSHIP_OFFICER),
                    TerritorialScope.province("MA-RAB"), "fr"),
            new Demo("partenariat.casa", "Siham Naciri", Set.of(Roles.PARTNERSHIP_OFFICER),
                    TerritorialScope.province("MA-CAS"), "fr"),
            // the panel of the demo calls: national partnership officers who score projects
            new Demo("evaluateur.1", "Karim Benjelloun", Set.of(Roles.PARTNERSHIP_OFFICER), TerritorialScope.national(),
                    "fr"),
            new Demo("evaluateur.2", "زينب الشرقاوي", Set.of(Roles.PARTNERSHIP_OFFICER), TerritorialScope.national(),
                    "ar"),
            new Demo("evaluateur.3", "Youssef Saadi", Set.of(Roles.PARTNERSHIP_OFFICER), TerritorialScope.national(),
                    "fr"),
            new Demo("finance", "Nadia Berrada", Set.of(Roles.FINANCE_OFFICER), TerritorialScope.national(), "fr"),
            // a second finance officer: a disbursement run is approved by someone other than who prepared it
            new Demo("finance.2", "كريم التازي", Set.of(Roles.FINANCE_OFFICER), TerritorialScope.national(), "ar"),
            new Demo("auditor", "Hassan Idrissi", Set.of(Roles.AUDITOR), TerritorialScope.national(), "ar"),
            new Demo("auditor.casa", "Salma Fassi", Set.of(Roles.AUDITOR), TerritorialScope.province("MA-CAS"), "en"));

    private DemoAccounts() {
    }

    private static Demo children(String username, String name, String province, String language) {
        return new Demo(username, name, Set.of(Roles.CASE_WORKER_CHILDREN), TerritorialScope.province(province),
                language);
    }
}
