package ma.gov.social.jisr.people.api;

/**
 * What the persons list is narrowed to; null means "any". Text is the start of a family name (either
 * script) or a whole CIN.
 */
public record PersonFilter(String text, String regionCode, String provinceCode, Sex sex, Integer bornFrom,
                           Integer bornTo) {
    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null, null);
    }
}
