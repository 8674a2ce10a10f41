package ma.gov.social.jisr.people.internal.demo;

import java.util.List;
import java.util.Random;

/**
 * Moroccan names of the demo persons: each in Arabic with the Latin spellings civil registries really use
 * for it, the most common first (Mohamed, Mohammed, Mhamed, Muhammad; Ouazzani, Wazzani, El Ouazzani).
 * Two records of one name may therefore be spelled differently, as in real registers, and the duplicate
 * check (people api PersonNames) has something to find.
 */
final class DemoNames {
    record Name(String arabic, List<String> latin) {
        String spelling(Random random) {
            // the first spelling is the usual one; the others appear now and then
            return random.nextInt(100) < 70 ? latin.get(0) : latin.get(random.nextInt(latin.size()));
        }
    }

    static final List<Name> MEN = names(
            "محمد", "Mohamed Mohammed Mhamed Muhammad", "أحمد", "Ahmed Ahmad", "يوسف", "Youssef Yousef",
            "عمر", "Omar", "حسن", "Hassan", "حسين", "Houssine", "كريم", "Karim", "رشيد", "Rachid",
            "سعيد", "Said Saïd", "عبد الله", "Abdellah Abdallah Abdullah", "إدريس", "Driss",
            "هشام", "Hicham Hisham", "مصطفى", "Mustapha Mostafa Moustapha", "عبد الرحيم", "Abderrahim",
            "نور الدين", "Noureddine Nourdine", "ياسين", "Yassine", "إبراهيم", "Brahim",
            "عثمان", "Othmane", "المهدي", "Mehdi El Mehdi", "حمزة", "Hamza", "أيوب", "Ayoub",
            "عبد اللطيف", "Abdellatif", "خالد", "Khalid Khaled", "جمال", "Jamal");

    static final List<Name> WOMEN = names(
            "فاطمة", "Fatima Fatma Fatema", "خديجة", "Khadija", "أمينة", "Amina", "زينب", "Zineb",
            "مريم", "Meryem Maryem", "نادية", "Nadia", "سعاد", "Souad", "حياة", "Hayat", "سناء", "Sanae",
            "إيمان", "Imane", "ليلى", "Leila Laila", "سلمى", "Salma", "حنان", "Hanane", "نزهة", "Nezha",
            "رشيدة", "Rachida", "عائشة", "Aicha Aïcha", "كوثر", "Kaoutar Kawtar", "هند", "Hind",
            "غزلان", "Ghizlane", "ياسمين", "Yasmine");

    static final List<Name> FAMILIES = names(
            "العلوي", "Alaoui El Alaoui", "بناني", "Bennani Benani", "الإدريسي", "Idrissi El Idrissi",
            "التازي", "Tazi", "الفاسي", "Fassi El Fassi", "برادة", "Berrada", "الشرايبي", "Chraibi",
            "بنجلون", "Benjelloun Benjeloun", "العمراني", "Amrani El Amrani", "الوزاني", "Ouazzani Wazzani El Ouazzani",
            "السقاط", "Sekkat", "الكتاني", "Kettani", "المنصوري", "Mansouri El Mansouri", "الحسني", "Hassani",
            "بوزيد", "Bouzid", "الصقلي", "Skalli", "الرحماني", "Rahmani", "الخطيب", "Khatib El Khatib",
            "الناصري", "Naciri", "بنعلي", "Benali", "الزهراوي", "Zahraoui Zahrawi", "أمزيان", "Amziane",
            "أيت علي", "Ait Ali", "الشاوي", "Chaoui", "الدكالي", "Doukkali", "الصنهاجي", "Senhaji Sanhaji",
            "البقالي", "Bakkali", "الغزاوي", "Ghazaoui Ghazawi", "الطاهري", "Tahiri", "الجزولي", "Jazouli Jazuli",
            "المرابط", "Mrabet", "بلحاج", "Belhaj Belhadj", "العثماني", "Othmani", "زروال", "Zeroual",
            "بوعزة", "Bouazza", "أوحمو", "Ouhammou Ouhamou");

    static final List<String> QUARTERS = List.of("Hay Mohammadi", "Hay Hassani", "Hay Salam", "Hay Nahda",
            "Hay Al Qods", "Hay Al Farah", "Douar Ouled Ali", "Douar Laayoun", "Hay Riad", "Hay Al Wifaq",
            "Quartier Industriel", "Hay Al Amal");

    private DemoNames() {
    }

    private static List<Name> names(String... pairs) {
        List<Name> names = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.add(new Name(pairs[i], spellings(pairs[i + 1])));
        }
        return List.copyOf(names);
    }

    /** "Mehdi El Mehdi" is two spellings; "Ait Ali" is one (a space inside a spelling is kept with its prefix). */
    private static List<String> spellings(String list) {
        List<String> out = new java.util.ArrayList<>();
        String[] words = list.split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean prefix = words[i].equals("El") || words[i].equals("Ait") || words[i].equals("Ben");
            out.add(prefix && i + 1 < words.length ? words[i] + " " + words[++i] : words[i]);
        }
        return List.copyOf(out);
    }
}
