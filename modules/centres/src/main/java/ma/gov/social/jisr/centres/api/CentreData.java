package ma.gov.social.jisr.centres.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What staff enter about a centre. Latitude and longitude are optional (unknown yet) but must lie in
 * Morocco when given; a mobile unit has no position but the provinces it covers. An association-managed
 * centre names its association in the partner registry ({@code partnerAssociationId}); the partner name is
 * the registry's name when linked, or the name as written for an imported centre whose association is not
 * registered yet.
 */
public record CentreData(String code, String nameAr, String nameFr, CentreType type, String provinceCode,
                         Area area, String address, BigDecimal latitude, BigDecimal longitude,
                         ManagingBody managingBody, String partnerName, Long partnerAssociationId,
                         LocalDate openedOn, CentreStatus status,
                         Integer places, Integer beds, Integer staffTotal, Integer staffProfessional,
                         Set<OfferedService> services, Set<String> coveredProvinces) {
    public CentreData {
        if (managingBody != ManagingBody.ASSOCIATION) {
            partnerName = null;
            partnerAssociationId = null;
        }
        services = services == null ? Set.of() : Set.copyOf(services);
        coveredProvinces = coveredProvinces == null ? Set.of() : Set.copyOf(coveredProvinces);
    }
}
