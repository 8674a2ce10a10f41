package ma.gov.social.jisr.people.api;

import java.time.LocalDate;

/**
 * What staff enter about a person. Names in both scripts; a birth date, or only an estimated birth
 * year when the date is unknown; the CIN when the person has one.
 */
public record PersonData(String firstNameAr, String lastNameAr, String firstNameLatin, String lastNameLatin,
                         Sex sex, LocalDate birthDate, Integer estimatedBirthYear, String nationalId,
                         String phone, String address, String provinceCode) {
    /** The birth year, known or estimated. */
    public Integer birthYear() {
        return birthDate != null ? Integer.valueOf(birthDate.getYear()) : estimatedBirthYear;
    }
}
