package ma.gov.social.jisr.people.api;

import java.time.LocalDate;

/** One line of the persons list. */
public record PersonRow(long id, String firstNameAr, String lastNameAr, String firstNameLatin,
                        String lastNameLatin, Sex sex, LocalDate birthDate, Integer birthYear, String nationalId,
                        String provinceCode) {
}
