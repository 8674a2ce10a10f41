package ma.gov.social.jisr.people.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;

/** One line of the persons list. */
public record PersonRow(long id, String firstNameAr, String lastNameAr, String firstNameLatin,
                        String lastNameLatin, Sex sex, LocalDate birthDate, Integer birthYear, String nationalId,
                        String provinceCode) implements Keyed {
    /** The list's sorts (by Latin name unless another is chosen), each ending with the id. */
    @Override
    public PageKey keyUnder(String sortField) {
        List<Serializable> values = switch (sortField == null ? "" : sortField) {
            case "lastNameAr" -> Arrays.asList(lastNameAr, firstNameAr);
            case "birthYear" -> Arrays.asList(birthYear);
            case "id" -> List.of();
            default -> Arrays.asList(lastNameLatin, firstNameLatin);
        };
        return values.stream().anyMatch(Objects::isNull) ? null : new PageKey(values, id);
    }
}
