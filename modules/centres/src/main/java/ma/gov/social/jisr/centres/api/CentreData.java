package ma.gov.social.jisr.centres.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What staff enter about a centre. Latitude and longitude are optional (unknown yet) but must lie in
 * Morocco when given; a mobile unit has no position but the provinces it covers.
 */
public record CentreData(String code, String nameAr, String nameFr, CentreType type, String provinceCode,
                         Area area, String address, BigDecimal latitude, BigDecimal longitude,
                         ManagingBody managingBody, String partnerName, LocalDate openedOn, CentreStatus status,
                         Integer places, Integer beds, Integer staffTotal, Integer staffProfessional,
                         Set<OfferedService> services, Set<String> coveredProvinces) {
    public CentreData {
        services = services == null ? Set.of() : Set.copyOf(services);
        coveredProvinces = coveredProvinces == null ? Set.of() : Set.copyOf(coveredProvinces);
    }
}
