package ma.gov.social.jisr.people.internal;

import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonNames;

/**
 * A person's four names reduced once: the keys of both scripts and the Latin vowels. Comparing two of
 * them is then {@link DuplicateFinder#sameName} without reducing the names again, which an import,
 * comparing every line with the earlier lines and with the registry, could not afford.
 */
public record NameKeys(String lastLatin, String firstLatin, String lastArabic, String firstArabic, String lastVowels,
                String firstVowels) {

    static NameKeys of(String firstAr, String lastAr, String firstLatin, String lastLatin) {
        return new NameKeys(PersonNames.latinKey(lastLatin), PersonNames.latinKey(firstLatin),
                PersonNames.arabicKey(lastAr), PersonNames.arabicKey(firstAr), PersonNames.latinVowels(lastLatin),
                PersonNames.latinVowels(firstLatin));
    }

    static NameKeys of(PersonData d) {
        return of(d.firstNameAr(), d.lastNameAr(), d.firstNameLatin(), d.lastNameLatin());
    }

    /** Both names alike in one script, in the same order or swapped: the rule of {@link DuplicateFinder#sameName}. */
    boolean sameName(NameKeys o) {
        boolean latin = latin(lastLatin, lastVowels, o.lastLatin, o.lastVowels)
                && latin(firstLatin, firstVowels, o.firstLatin, o.firstVowels)
                || latin(lastLatin, lastVowels, o.firstLatin, o.firstVowels)
                && latin(firstLatin, firstVowels, o.lastLatin, o.lastVowels);
        boolean arabic = arabic(lastArabic, o.lastArabic) && arabic(firstArabic, o.firstArabic)
                || arabic(lastArabic, o.firstArabic) && arabic(firstArabic, o.lastArabic);
        return latin || arabic;
    }

    /** The two Latin keys in either order: names that may be alike share it. */
    String latinPair() {
        return pair(lastLatin, firstLatin);
    }

    String arabicPair() {
        return pair(lastArabic, firstArabic);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static boolean latin(String key, String vowels, String otherKey, String otherVowels) {
        return !key.isEmpty() && key.equals(otherKey) && PersonNames.vowelsAgree(vowels, otherVowels);
    }

    private static boolean arabic(String key, String otherKey) {
        return !key.isEmpty() && key.equals(otherKey);
    }
}
