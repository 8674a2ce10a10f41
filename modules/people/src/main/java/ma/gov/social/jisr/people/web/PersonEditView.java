package ma.gov.social.jisr.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.people.api.DuplicateCandidate;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonDetails;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.TerritoryOptions;

/**
 * Registers or corrects a person. When the registry knows someone alike, the user sees them and
 * either opens that person instead or confirms that this is someone else (the service audits it).
 */
@Named
@ViewScoped
public class PersonEditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private TerritoryOptions options;
    @Inject
    private PersonService persons;

    private Long id;
    private long version;
    private String firstNameAr;
    private String lastNameAr;
    private String firstNameLatin;
    private String lastNameLatin;
    private Sex sex;
    private LocalDate birthDate;
    private Integer estimatedBirthYear;
    private String nationalId;
    private String phone;
    private String address;
    private String regionCode;
    private String provinceCode;
    private List<DuplicateCandidate> candidates = List.of();
    private boolean confirmed;

    public String load() {
        if (id == null) {
            regionCode = options.homeRegion();
            provinceCode = options.homeProvince();
            return null;
        }
        try {
            PersonDetails details = persons.get(id);
            version = details.version();
            regionCode = details.regionCode();
            PersonData d = details.data();
            firstNameAr = d.firstNameAr();
            lastNameAr = d.lastNameAr();
            firstNameLatin = d.firstNameLatin();
            lastNameLatin = d.lastNameLatin();
            sex = d.sex();
            birthDate = d.birthDate();
            estimatedBirthYear = d.estimatedBirthYear();
            nationalId = d.nationalId();
            phone = d.phone();
            address = d.address();
            provinceCode = d.provinceCode();
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return "/people/persons?faces-redirect=true";
        }
    }

    private PersonData data() {
        return new PersonData(firstNameAr, lastNameAr, firstNameLatin, lastNameLatin, sex, birthDate,
                birthDate == null ? estimatedBirthYear : null, nationalId, phone, address, provinceCode);
    }

    public String save() {
        try {
            if (id == null) {
                id = persons.create(data(), confirmed);
                Messages.info("person.created");
            } else {
                persons.update(id, version, data(), confirmed);
                Messages.info("person.saved");
            }
            return "/people/person?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            if ("person.duplicates".equals(refusal.messageKey())) {
                candidates = persons.duplicates(data(), id);
                Messages.error("person.duplicates.explain", candidates.size());
            } else {
                Messages.error(refusal);
            }
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public List<DuplicateCandidate> getCandidates() {
        return candidates;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFirstNameAr() {
        return firstNameAr;
    }

    public void setFirstNameAr(String firstNameAr) {
        this.firstNameAr = firstNameAr;
    }

    public String getLastNameAr() {
        return lastNameAr;
    }

    public void setLastNameAr(String lastNameAr) {
        this.lastNameAr = lastNameAr;
    }

    public String getFirstNameLatin() {
        return firstNameLatin;
    }

    public void setFirstNameLatin(String firstNameLatin) {
        this.firstNameLatin = firstNameLatin;
    }

    public String getLastNameLatin() {
        return lastNameLatin;
    }

    public void setLastNameLatin(String lastNameLatin) {
        this.lastNameLatin = lastNameLatin;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Integer getEstimatedBirthYear() {
        return estimatedBirthYear;
    }

    public void setEstimatedBirthYear(Integer estimatedBirthYear) {
        this.estimatedBirthYear = estimatedBirthYear;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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
}
