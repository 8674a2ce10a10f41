package ma.gov.social.jisr.centres.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.OfferedService;
import ma.gov.social.jisr.platform.api.persistence.Stamp;

/**
 * A centre. The latest inspection's score and date are copied here so that the list can filter and
 * sort on the condition without a join over every inspection.
 */
@Entity
@Table(name = "cen_centre")
public class CentreEntity {
    /**
     * Ids taken from cen_centre_seq at a time (its INCREMENT BY): EclipseLink, and the import's staging
     * (CentreImportStore), each take the block that ends at the value the sequence returns.
     */
    static final int ID_BLOCK = 50;
    /** The columns of cen_centre_import after id and import_tag, in the order of {@link #stagedValues}. */
    static final String STAGED_COLUMNS = "code, name_ar, name_fr, type, region_code, province_code, area, address,"
            + " latitude, longitude, managing_body, partner_name, partner_association_id, opened_on, status, places,"
            + " beds, staff_total, staff_professional, created_at, created_by";

    @Id
    @SequenceGenerator(name = "cen_centre_seq", sequenceName = "cen_centre_seq", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cen_centre_seq")
    private Long id;
    @Version
    private long version;
    private String code;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_fr")
    private String nameFr;
    @Enumerated(EnumType.STRING)
    private CentreType type;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    @Enumerated(EnumType.STRING)
    private Area area;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "managing_body")
    private ManagingBody managingBody;
    @Column(name = "partner_name")
    private String partnerName;
    @Column(name = "partner_association_id")
    private Long partnerAssociationId;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    private CentreStatus status;
    private Integer places;
    private Integer beds;
    @Column(name = "staff_total")
    private Integer staffTotal;
    @Column(name = "staff_professional")
    private Integer staffProfessional;
    @ElementCollection
    @CollectionTable(name = "cen_centre_service", joinColumns = @JoinColumn(name = "centre_id"))
    @Column(name = "service")
    @Enumerated(EnumType.STRING)
    private Set<OfferedService> services = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "cen_centre_coverage", joinColumns = @JoinColumn(name = "centre_id"))
    @Column(name = "province_code")
    private Set<String> coveredProvinces = new HashSet<>();
    @Column(name = "latest_score")
    private Integer latestScore;
    @Column(name = "latest_inspected_on")
    private LocalDate latestInspectedOn;
    @Column(name = "inspection_requested_on")
    private LocalDate inspectionRequestedOn;
    @Embedded
    private Stamp stamp;

    protected CentreEntity() {
    }

    CentreEntity(String createdBy, LocalDateTime createdAt) {
        this.stamp = Stamp.created(createdBy, createdAt);
    }

    void apply(CentreData d, String region, String by, LocalDateTime at) {
        code = d.code();
        nameAr = d.nameAr().trim();
        nameFr = d.nameFr().trim();
        type = d.type();
        provinceCode = d.provinceCode();
        regionCode = region;
        area = d.area();
        address = blankToNull(d.address());
        latitude = d.type().mobile() ? null : d.latitude();
        longitude = d.type().mobile() ? null : d.longitude();
        managingBody = d.managingBody();
        partnerName = d.managingBody() == ManagingBody.ASSOCIATION ? d.partnerName().trim() : null;
        partnerAssociationId = d.partnerAssociationId();
        openedOn = d.openedOn();
        status = d.status();
        places = d.places();
        beds = d.type().residential() ? d.beds() : null;
        staffTotal = d.staffTotal();
        staffProfessional = d.staffProfessional();
        services.clear();
        services.addAll(d.services());
        coveredProvinces.clear();
        if (d.type().mobile()) {
            coveredProvinces.addAll(d.coveredProvinces());
        }
        stamp.changed(by, at);
    }

    /** What an import stages for this (never persisted) centre: see {@link #STAGED_COLUMNS}. */
    Object[] stagedValues() {
        return new Object[] {code, nameAr, nameFr, type.name(), regionCode, provinceCode, area.name(), address,
            latitude, longitude, managingBody.name(), partnerName, partnerAssociationId, openedOn, status.name(),
            places, beds, staffTotal, staffProfessional, stamp.createdAt(), stamp.createdBy()};
    }

    Set<OfferedService> services() {
        return services;
    }

    Set<String> coveredProvinces() {
        return coveredProvinces;
    }

    CentreData data() {
        return new CentreData(code, nameAr, nameFr, type, provinceCode, area, address, latitude, longitude,
                managingBody, partnerName, partnerAssociationId, openedOn, status, places, beds, staffTotal, staffProfessional,
                services, coveredProvinces);
    }

    void inspected(LocalDate on, int overall) {
        if (latestInspectedOn == null || !on.isBefore(latestInspectedOn)) {
            latestInspectedOn = on;
            latestScore = overall;
        }
        if (inspectionRequestedOn != null && !on.isBefore(inspectionRequestedOn)) {
            inspectionRequestedOn = null;
        }
    }

    /** Keeps the first request: the oldest one says how long the centre has waited. */
    void inspectionRequested(LocalDate on) {
        if (inspectionRequestedOn == null) {
            inspectionRequestedOn = on;
        }
    }

    LocalDate getInspectionRequestedOn() {
        return inspectionRequestedOn;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }
}
