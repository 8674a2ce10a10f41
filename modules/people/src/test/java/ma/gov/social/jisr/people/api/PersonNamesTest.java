package ma.gov.social.jisr.people.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Mohamed, Mohammed", "Mohamed, Mhamed", "Mohamed, Muhammad", "Mohammed, M'hamed",
            "El Idrissi, Idrissi", "el-Idrissi, Al Idrissi", "Elidrissi, El Idrissi", "El Alaoui, Alaoui",
            "Ouazzani, Wazzani", "Youssef, Yousef", "Youssef, Youssouf", "Youssef, Yusuf",
            "Khadija, Khadidja", "Chaimae, Shaimaa", "Aïcha, Aicha", "Aicha, Aisha", "Fatima, Fatma",
            "Abdelkader, Abdelkadir", "Abdelkader, Abdel Kader", "Abdelkader, Abdulqader",
            "Zineb, Zaynab", "Meryem, Mariam", "Benali, Ben Ali", "Ouafae, Wafae", "Noureddine, Nour Eddine",
            "BENNANI, bennani", "Hicham, Hisham", "Abdellah, Abdallah"})
    void variantsOfOneNameMatch(String a, String b) {
        assertTrue(PersonNames.similarLatin(a, b), a + " / " + b);
        assertTrue(PersonNames.similarLatin(b, a), b + " / " + a);
        assertEquals(PersonNames.latinKey(a), PersonNames.latinKey(b), "the indexed keys agree");
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource({
            "Mohamed, Mahmoud", "Hassan, Hussein", "Hassan, Houssine", "Fatima, Fatiha", "Ahmed, Hamid",
            "Rachid, Rochdi", "Said, Saad", "Karim, Karima", "Omar, Amar", "Alaoui, Alami",
            "Bennani, Bennis", "Youssef, Younes", "Khadija, Hadja", "Idrissi, Drissi Zaki", "Salma, Selim"})
    void differentNamesDoNotMatch(String a, String b) {
        assertFalse(PersonNames.similarLatin(a, b), a + " / " + b);
        assertFalse(PersonNames.similarLatin(b, a), b + " / " + a);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"محمد, مُحَمَّد", "العلوي, علوي", "فاطمة, فاطمه", "أمينة, امينه", "عبد الله, عبدالله",
            "امحمد, محمد", "مصطفى, مصطفي", "الإدريسي, الادريسي"})
    void arabicSpellingsOfOneNameMatch(String a, String b) {
        assertTrue(PersonNames.similarArabic(a, b), a + " / " + b);
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource({"محمد, محمود", "حسن, حسين", "فاطمة, فتيحة", "أحمد, حامد", "كريم, كريمة", "العلوي, العلمي"})
    void differentArabicNamesDoNotMatch(String a, String b) {
        assertFalse(PersonNames.similarArabic(a, b), a + " / " + b);
    }

    @org.junit.jupiter.api.Test
    void blankNamesMatchNothing() {
        assertFalse(PersonNames.similarLatin("", ""));
        assertFalse(PersonNames.similarArabic(null, null));
        assertEquals("", PersonNames.latinKey(null));
    }
}
