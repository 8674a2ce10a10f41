package ma.gov.social.jisr.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import ma.gov.social.jisr.funding.api.AssociationData;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.FundingDomain;
import ma.gov.social.jisr.platform.api.persistence.Stamp;
import ma.gov.social.jisr.platform.api.value.PhoneNumber;
import ma.gov.social.jisr.platform.api.value.Rib;

/** A partner association. Its RIB changes only through an approved {@link RibChangeEntity}. */
@Entity
@Table(name = "fun_association")
public class AssociationEntity {
    @Id
    @SequenceGenerator(name = "fun_association_seq", sequenceName = "fun_association_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fun_association_seq")
    private Long id;
    @Version
    private long version;
    @Column(name = "registration_no")
    private String registrationNo;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_fr")
    private String nameFr;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "registered_on")
    private LocalDate registeredOn;
    private String domains;
    @Column(name = "contact_name")
    private String contactName;
    private String phone;
    private String email;
    private String address;
    @Enumerated(EnumType.STRING)
    private AssociationStatus status;
    @Column(name = "status_on")
    private LocalDate statusOn;
    private String rib;
    @Column(name = "rib_since")
    private LocalDateTime ribSince;
    @Embedded
    private Stamp stamp;

    protected AssociationEntity() {
    }

    AssociationEntity(AssociationData data, String region, String by, LocalDateTime at) {
        this.status = AssociationStatus.ACTIVE;
        this.stamp = Stamp.created(by, at);
        write(data, region);
    }

    void update(AssociationData data, String region, String by, LocalDateTime at) {
        write(data, region);
        stamp.changed(by, at);
    }

    private void write(AssociationData d, String region) {
        registrationNo = d.registrationNo().strip();
        nameAr = d.nameAr().strip();
        nameFr = d.nameFr().strip();
        regionCode = region;
        provinceCode = d.provinceCode();
        registeredOn = d.registeredOn();
        domains = Domains.join(d.domains());
        contactName = AssociationRules.blankToNull(d.contactName());
        phone = PhoneNumber.parse(d.phone()).map(PhoneNumber::e164).orElse(null);
        email = AssociationRules.blankToNull(d.email());
        address = AssociationRules.blankToNull(d.address());
    }

    void ribApproved(Rib approved, String by, LocalDateTime at) {
        rib = approved.value();
        ribSince = at;
        stamp.changed(by, at);
    }

    void decided(AssociationStatus newStatus, LocalDate on, String by, LocalDateTime at) {
        status = newStatus;
        statusOn = on;
        stamp.changed(by, at);
    }

    AssociationDetails details() {
        return new AssociationDetails(id, version, registrationNo, nameAr, nameFr, regionCode, provinceCode,
                registeredOn, Domains.split(domains), contactName, phone, email, address, status, statusOn,
                rib == null ? null : new Rib(rib), ribSince, stamp.updatedAt(), stamp.updatedBy());
    }

    public Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getNameFr() {
        return nameFr;
    }

    String getRegionCode() {
        return regionCode;
    }

    String getProvinceCode() {
        return provinceCode;
    }

    AssociationStatus getStatus() {
        return status;
    }

    /** For the set of domains kept as codes joined by "|". */
    static final class Domains {
        private Domains() {
        }

        static String join(java.util.Set<FundingDomain> domains) {
            return String.join("|", domains.stream().map(Enum::name).sorted().toList());
        }

        static java.util.Set<FundingDomain> split(String joined) {
            java.util.EnumSet<FundingDomain> set = java.util.EnumSet.noneOf(FundingDomain.class);
            if (joined != null && !joined.isBlank()) {
                for (String code : joined.split("\\|")) {
                    set.add(FundingDomain.valueOf(code));
                }
            }
            return set;
        }
    }
}
