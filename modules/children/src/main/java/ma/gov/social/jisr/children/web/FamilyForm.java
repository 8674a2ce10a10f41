package ma.gov.social.jisr.children.web;

import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.children.api.FosterFamily;
import ma.gov.social.jisr.children.api.FosterFamily.FosterStatus;

/** The foster family form's fields: a new family (id 0) or a change to one. */
public class FamilyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private long id;
    private long version;
    private String familyName;
    private String address;
    private String phone;
    private String provinceCode;
    private LocalDate approvedOn;
    private String approvalReference;
    private Integer capacity;
    private LocalDate trainedOn;
    private FosterStatus status;

    static FamilyForm of(FosterFamily f) {
        FamilyForm form = new FamilyForm();
        form.id = f.id();
        form.version = f.version();
        form.familyName = f.familyName();
        form.address = f.address();
        form.phone = f.phone();
        form.provinceCode = f.provinceCode();
        form.approvedOn = f.approvedOn();
        form.approvalReference = f.approvalReference();
        form.capacity = f.capacity();
        form.trainedOn = f.trainedOn();
        form.status = f.status();
        return form;
    }

    FosterFamily family() {
        return new FosterFamily(id, version, null, familyName, null, address, phone, provinceCode, approvedOn,
                approvalReference, capacity == null ? 0 : capacity, 0, trainedOn, status, null);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public String getApprovalReference() {
        return approvalReference;
    }

    public void setApprovalReference(String approvalReference) {
        this.approvalReference = approvalReference;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
    }

    public FosterStatus getStatus() {
        return status;
    }

    public void setStatus(FosterStatus status) {
        this.status = status;
    }
}
