package ma.gov.social.jisr.centres.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.OfferedService;

/** The fields of the centre form, as typed; the service checks them (CentreData is what it receives). */
public class CentreForm implements Serializable {
    private static final long serialVersionUID = 1L;

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

    static CentreForm of(String regionCode, CentreData d) {
        CentreForm f = new CentreForm();
        f.regionCode = regionCode;
        f.code = d.code();
        f.nameAr = d.nameAr();
        f.nameFr = d.nameFr();
        f.type = d.type();
        f.provinceCode = d.provinceCode();
        f.area = d.area();
        f.address = d.address();
        f.latitude = d.latitude();
        f.longitude = d.longitude();
        f.managingBody = d.managingBody();
        f.partnerName = d.partnerName();
        f.openedOn = d.openedOn();
        f.status = d.status();
        f.places = d.places();
        f.beds = d.beds();
        f.staffTotal = d.staffTotal();
        f.staffProfessional = d.staffProfessional();
        f.services = new ArrayList<>(d.services());
        f.coveredProvinces = new ArrayList<>(d.coveredProvinces());
        return f;
    }

    /** {@code partnerId}: the association picked in the partner registry (the service names the centre's partner after it). */
    CentreData data(Long partnerId) {
        return new CentreData(code == null ? null : code.trim().toUpperCase(Locale.ROOT), nameAr, nameFr, type,
                provinceCode, area, address, latitude, longitude, managingBody, partnerName, partnerId, openedOn,
                status, places,
                beds, staffTotal, staffProfessional, new HashSet<>(services), new HashSet<>(coveredProvinces));
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
