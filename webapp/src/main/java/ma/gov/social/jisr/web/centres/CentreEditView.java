package ma.gov.social.jisr.web.centres;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreDetails;
import ma.gov.social.jisr.centres.api.CentreService;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.OfferedService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.web.support.Messages;
import ma.gov.social.jisr.web.support.TerritoryOptions;

/** Registers a centre or corrects one; the service checks everything again. */
@Named
@ViewScoped
public class CentreEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private TerritoryOptions options;
    @Inject
    private CentreService centres;

    private Long id;
    private long version;
    private String code;
    private String nameAr;
    private String nameFr;
    private CentreType type;
    private String regionCode;
    private String provinceCode;
    private Area area = Area.URBAN;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private ManagingBody managingBody = ManagingBody.MINISTRY;
    private String partnerName;
    private LocalDate openedOn;
    private CentreStatus status = CentreStatus.OPEN;
    private Integer places;
    private Integer beds;
    private Integer staffTotal;
    private Integer staffProfessional;
    private List<OfferedService> services = new ArrayList<>();
    private List<String> coveredProvinces = new ArrayList<>();

    public String load() {
        if (id == null) {
            regionCode = options.homeRegion();
            provinceCode = options.homeProvince();
            return null;
        }
        try {
            CentreDetails details = centres.get(id);
            version = details.version();
            regionCode = details.regionCode();
            CentreData d = details.data();
            code = d.code();
            nameAr = d.nameAr();
            nameFr = d.nameFr();
            type = d.type();
            provinceCode = d.provinceCode();
            area = d.area();
            address = d.address();
            latitude = d.latitude();
            longitude = d.longitude();
            managingBody = d.managingBody();
            partnerName = d.partnerName();
            openedOn = d.openedOn();
            status = d.status();
            places = d.places();
            beds = d.beds();
            staffTotal = d.staffTotal();
            staffProfessional = d.staffProfessional();
            services = new ArrayList<>(d.services());
            coveredProvinces = new ArrayList<>(d.coveredProvinces());
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return "/centres/centres?faces-redirect=true";
        }
    }

    public String save() {
        CentreData data = new CentreData(code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT), nameAr,
                nameFr, type, provinceCode, area, address, latitude, longitude, managingBody, partnerName, openedOn,
                status, places, beds, staffTotal, staffProfessional, new HashSet<>(services),
                new HashSet<>(coveredProvinces));
        try {
            if (id == null) {
                id = centres.create(data);
                Messages.info("centre.created", data.code());
            } else {
                centres.update(id, version, data);
                Messages.info("centre.saved");
            }
            return "/centres/centre?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public CentreType[] getTypes() {
        return CentreType.values();
    }

    public CentreStatus[] getStatuses() {
        return CentreStatus.values();
    }

    public ManagingBody[] getBodies() {
        return ManagingBody.values();
    }

    public Area[] getAreas() {
        return Area.values();
    }

    public OfferedService[] getAllServices() {
        return OfferedService.values();
    }

    // The getters and setters below are the form's fields.

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public CentreType getType() {
        return type;
    }

    public void setType(CentreType type) {
        this.type = type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public ManagingBody getManagingBody() {
        return managingBody;
    }

    public void setManagingBody(ManagingBody managingBody) {
        this.managingBody = managingBody;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public CentreStatus getStatus() {
        return status;
    }

    public void setStatus(CentreStatus status) {
        this.status = status;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public Integer getBeds() {
        return beds;
    }

    public void setBeds(Integer beds) {
        this.beds = beds;
    }

    public Integer getStaffTotal() {
        return staffTotal;
    }

    public void setStaffTotal(Integer staffTotal) {
        this.staffTotal = staffTotal;
    }

    public Integer getStaffProfessional() {
        return staffProfessional;
    }

    public void setStaffProfessional(Integer staffProfessional) {
        this.staffProfessional = staffProfessional;
    }

    public List<OfferedService> getServices() {
        return services;
    }

    public void setServices(List<OfferedService> services) {
        this.services = services;
    }

    public List<String> getCoveredProvinces() {
        return coveredProvinces;
    }

    public void setCoveredProvinces(List<String> coveredProvinces) {
        this.coveredProvinces = coveredProvinces;
    }
}
