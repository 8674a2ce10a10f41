package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.Set;

/** What staff enter about an association (its RIB goes through {@link AssociationService#requestRibChange}). */
public record AssociationData(String registrationNo, String nameAr, String nameFr, String provinceCode,
                              LocalDate registeredOn, Set<FundingDomain> domains, String contactName, String phone,
                              String email, String address) {
    public AssociationData {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }
}
