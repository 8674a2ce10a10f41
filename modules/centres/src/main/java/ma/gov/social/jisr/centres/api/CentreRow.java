package ma.gov.social.jisr.centres.api;

import java.time.LocalDate;

/** One line of the centre list. */
public record CentreRow(long id, String code, String nameAr, String nameFr, CentreType type, String regionCode,
                        String provinceCode, Area area, CentreStatus status, ManagingBody managingBody,
                        Integer overallScore, LocalDate inspectedOn) {
    public Condition condition() {
        return Condition.of(overallScore);
    }

    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
