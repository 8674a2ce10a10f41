package ma.gov.social.jisr.people.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An import compares reduced names; the answer must be the duplicate check's, name for name. */
class NameKeysTest {
    @ParameterizedTest(name = "{2} {3} / {6} {7}: {8}")
    @CsvSource({
            "محمد, العلوي, Mohamed, El Alaoui, محمد, علوي, Mhamed, Alaoui, true",
            "محمد, العلوي, Mohamed, El Alaoui, علوي, محمد, Alaoui, Mohamed, true",
            "حسن, بناني, Hassan, Bennani, حسين, بنيس, Hussein, Bennani, false",
            "حسن, بناني, Hassan, Bennani, حسن, بناني, Hussein, Bennis, true",
            "ليلى, الفاسي, Leila, Fassi, ليلى, الفاسي, Laila, Fassi, true",
            "كريم, الفاسي, Karim, Fassi, كريمة, الفاسي, Karima, Fassi, false",
            "سناء, الرباطي, Sanae, Ribati, سناء, التازي, Sanae, Tazi, false",
            "يوسف, العمراني, Youssef, Amrani, يونس, العمراني, Younes, Amrani, false",
            "خديجة, بناني, Khadija, Bennani, خديجة, بناني, Khadidja, Bennani, true",
            "فاطمة, الزهراء, Fatima, Zahra, فاطمه, زهراء, Fatma, Zohra, true"})
    void sameNameAsTheDuplicateCheck(String firstAr, String lastAr, String first, String last, String otherFirstAr,
                                     String otherLastAr, String otherFirst, String otherLast, boolean expected) {
        PersonData line = new PersonData(firstAr, lastAr, first, last, Sex.FEMALE, null, 1980, null, null, null,
                "MA-RAB");
        PersonRow registered = new PersonRow(1, otherFirstAr, otherLastAr, otherFirst, otherLast, Sex.FEMALE, null,
                1980, null, "MA-RAB");
        NameKeys a = NameKeys.of(line);
        NameKeys b = NameKeys.of(otherFirstAr, otherLastAr, otherFirst, otherLast);
        assertEquals(expected, DuplicateFinder.sameName(line, registered), "the duplicate check itself");
        assertEquals(expected, a.sameName(b));
        assertEquals(expected, b.sameName(a), "either way round");
    }
}
