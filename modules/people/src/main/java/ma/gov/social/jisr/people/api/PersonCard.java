package ma.gov.social.jisr.people.api;

import java.time.LocalDate;

/** What another module shows of a person it holds records about: names, birth, contact. */
public record PersonCard(long id, String firstNameAr, String lastNameAr, String firstNameLatin, String lastNameLatin,
                         Sex sex, LocalDate birthDate, int birthYear, String nationalId, String phone, String address,
                         String regionCode, String provinceCode) {
    /** "Arabic name / Latin name". */
    public String fullName() {
        return firstNameAr + " " + lastNameAr + " / " + firstNameLatin + " " + lastNameLatin;
    }

    /** Latin initials ("F. B."), what lists show to those who do not handle the person's case. */
    public String initials() {
        return initial(firstNameLatin) + ". " + initial(lastNameLatin) + ".";
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "?" : name.strip().substring(0, 1).toUpperCase();
    }
}
