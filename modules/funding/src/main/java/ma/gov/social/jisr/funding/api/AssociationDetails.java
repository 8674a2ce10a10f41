package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import ma.gov.social.jisr.platform.api.value.Rib;

/** An association's page: its record, its RIB in force (null until one is approved) and since when. */
public record AssociationDetails(long id, long version, String registrationNo, String nameAr, String nameFr,
                                 String regionCode, String provinceCode, LocalDate registeredOn,
                                 Set<FundingDomain> domains, String contactName, String phone, String email,
                                 String address, AssociationStatus status, LocalDate statusOn, Rib rib,
                                 LocalDateTime ribSince, LocalDateTime updatedAt, String updatedBy) {
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
