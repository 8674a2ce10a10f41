package ma.gov.social.jisr.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.NationalId;
import ma.gov.social.jisr.platform.api.value.PhoneNumber;

/** What a person's record must satisfy, typed in a form or read from a file. */
final class PersonRules {
    private static final Pattern ARABIC_NAME = Pattern.compile("[\\u0621-\\u064A\\u064B-\\u065F\\u0640 '\\-]{1,80}");
    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin} '\\-]{1,80}");
    private static final int FIRST_YEAR = 1900;

    private PersonRules() {
    }

    static List<JisrException> check(PersonData d, Predicate<String> knownProvince, LocalDate today) {
        List<JisrException> problems = new ArrayList<>();
        if (!matches(ARABIC_NAME, d.firstNameAr()) || !matches(ARABIC_NAME, d.lastNameAr())) {
            problems.add(new JisrException("person.nameAr.invalid"));
        }
        if (!matches(LATIN_NAME, d.firstNameLatin()) || !matches(LATIN_NAME, d.lastNameLatin())) {
            problems.add(new JisrException("person.nameLatin.invalid"));
        }
        if (d.sex() == null) {
            problems.add(new JisrException("person.sex.required"));
        }
        if (d.birthDate() == null && d.estimatedBirthYear() == null) {
            problems.add(new JisrException("person.birth.required"));
        } else if (d.birthDate() != null && (d.birthDate().isAfter(today) || d.birthDate().getYear() < FIRST_YEAR)) {
            problems.add(new JisrException("person.birthDate.range"));
        } else if (d.birthDate() == null
                && (d.estimatedBirthYear() < FIRST_YEAR || d.estimatedBirthYear() > today.getYear())) {
            problems.add(new JisrException("person.birthYear.range", FIRST_YEAR, today.getYear()));
        }
        if (d.nationalId() != null && !d.nationalId().isBlank() && NationalId.parse(d.nationalId()).isEmpty()) {
            problems.add(new JisrException("person.cin.invalid", d.nationalId()));
        }
        if (d.phone() != null && !d.phone().isBlank() && PhoneNumber.parse(d.phone()).isEmpty()) {
            problems.add(new JisrException("person.phone.invalid", d.phone()));
        }
        if (d.address() != null && d.address().length() > 300) {
            problems.add(new JisrException("person.address.tooLong"));
        }
        if (d.provinceCode() == null || !knownProvince.test(d.provinceCode())) {
            problems.add(new JisrException("person.province.invalid", String.valueOf(d.provinceCode())));
        }
        return problems;
    }

    /** The CIN as stored (normalised), or null. */
    static String cin(PersonData d) {
        return d.nationalId() == null ? null : NationalId.parse(d.nationalId()).map(NationalId::value).orElse(null);
    }

    static String phone(PersonData d) {
        return d.phone() == null ? null : PhoneNumber.parse(d.phone()).map(PhoneNumber::e164).orElse(null);
    }

    private static boolean matches(Pattern pattern, String value) {
        return value != null && !value.isBlank() && pattern.matcher(value.trim()).matches();
    }
}
