package ma.gov.social.jisr.people.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import ma.gov.social.jisr.people.api.Sex;
import org.junit.jupiter.api.Test;

class FileRepeatsTest {
    private static final NameKeys ALAOUI = NameKeys.of("محمد", "العلوي", "Mohamed", "El Alaoui");
    private static final NameKeys ALAOUI_AGAIN = NameKeys.of("امحمد", "علوي", "Mhamed", "Alaoui");
    private static final NameKeys BENNANI = NameKeys.of("حسن", "بناني", "Hassan", "Bennani");

    @Test
    void aLineRepeatsTheEarlierLinesOfTheSamePersonOnly() {
        FileRepeats repeats = new FileRepeats();
        assertEquals(List.of(), repeats.add(2, "MA-CAS", Sex.MALE, 1975, ALAOUI));
        assertEquals(List.of(), repeats.add(3, "MA-CAS", Sex.MALE, 1975, BENNANI), "another name");
        assertEquals(List.of(), repeats.add(4, "MA-RAB", Sex.MALE, 1975, ALAOUI), "another province");
        assertEquals(List.of(), repeats.add(5, "MA-CAS", Sex.FEMALE, 1975, ALAOUI), "another sex");
        assertEquals(List.of(), repeats.add(6, "MA-CAS", Sex.MALE, 1972, ALAOUI), "three years apart");
        assertEquals(List.of(2L, 6L), repeats.add(7, "MA-CAS", Sex.MALE, 1974, ALAOUI_AGAIN),
                "spelled another way, born two years apart from each");
        NameKeys swapped = NameKeys.of("العلوي", "محمد", "Alaoui", "Mohamed");
        assertEquals(List.of(2L, 7L), repeats.add(8, "MA-CAS", Sex.MALE, 1976, swapped), "first and family names swapped");
    }

    @Test
    void aNameRepeatedThousandsOfTimesKeepsTheFirstCandidatesOnly() {
        FileRepeats repeats = new FileRepeats();
        for (long line = 2; line < 5002; line++) {
            repeats.add(line, "MA-FES", Sex.FEMALE, 1990, BENNANI);
        }
        assertEquals(LongStream.rangeClosed(2, 21).boxed().toList(),
                repeats.add(5002, "MA-FES", Sex.FEMALE, 1990, BENNANI));
    }
}
