package ma.gov.social.jisr.people.internal;

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
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonNames;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.persistence.Stamp;

@Entity
@Table(name = "ppl_person")
public class PersonEntity {
    /**
     * Ids taken from ppl_person_seq at a time (its INCREMENT BY): EclipseLink, and the import's staging
     * (PersonImportStore), each take the block that ends at the value the sequence returns.
     */
    static final int ID_BLOCK = 100;
    /** The columns of ppl_person_import after id and import_tag, in the order of {@link #stagedValues}. */
    static final String STAGED_COLUMNS = "first_name_ar, last_name_ar, first_name_lat, last_name_lat, first_key,"
            + " last_key, first_key_ar, last_key_ar, sex, birth_date, birth_year, birth_estimated, cin, phone, address,"
            + " region_code, province_code, created_at, created_by";

    @Id
    @SequenceGenerator(name = "ppl_person_seq", sequenceName = "ppl_person_seq", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ppl_person_seq")
    private Long id;
    @Version
    private long version;
    @Column(name = "first_name_ar")
    private String firstNameAr;
    @Column(name = "last_name_ar")
    private String lastNameAr;
    @Column(name = "first_name_lat")
    private String firstNameLatin;
    @Column(name = "last_name_lat")
    private String lastNameLatin;
    @Column(name = "first_key")
    private String firstKey;
    @Column(name = "last_key")
    private String lastKey;
    @Column(name = "first_key_ar")
    private String firstKeyAr;
    @Column(name = "last_key_ar")
    private String lastKeyAr;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "birth_year")
    private int birthYear;
    @Column(name = "birth_estimated")
    private boolean birthEstimated;
    private String cin;
    private String phone;
    private String address;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "merged_into")
    private Long mergedInto;
    @Embedded
    private Stamp stamp;

    protected PersonEntity() {
    }

    PersonEntity(String createdBy, LocalDateTime createdAt) {
        this.stamp = Stamp.created(createdBy, createdAt);
    }

    /** Takes validated data; the CIN and phone are already normalised. */
    void apply(PersonData d, String cinValue, String phoneValue, String region, String by, LocalDateTime at) {
        firstNameAr = d.firstNameAr().trim();
        lastNameAr = d.lastNameAr().trim();
        firstNameLatin = d.firstNameLatin().trim();
        lastNameLatin = d.lastNameLatin().trim();
        firstKey = PersonNames.latinKey(firstNameLatin);
        lastKey = PersonNames.latinKey(lastNameLatin);
        firstKeyAr = PersonNames.arabicKey(firstNameAr);
        lastKeyAr = PersonNames.arabicKey(lastNameAr);
        sex = d.sex();
        birthDate = d.birthDate();
        birthYear = d.birthYear();
        birthEstimated = d.birthDate() == null;
        cin = cinValue;
        phone = phoneValue;
        address = d.address() == null || d.address().isBlank() ? null : d.address().trim();
        provinceCode = d.provinceCode();
        regionCode = region;
        stamp.changed(by, at);
    }

    /** What an import stages for this (never persisted) person: see {@link #STAGED_COLUMNS}. */
    Object[] stagedValues() {
        return new Object[] {firstNameAr, lastNameAr, firstNameLatin, lastNameLatin, firstKey, lastKey, firstKeyAr,
            lastKeyAr, sex.name(), birthDate, birthYear, birthEstimated, cin, phone, address, regionCode,
            provinceCode, stamp.createdAt(), stamp.createdBy()};
    }

    PersonData data() {
        return new PersonData(firstNameAr, lastNameAr, firstNameLatin, lastNameLatin, sex, birthDate,
                birthEstimated ? birthYear : null, cin, phone, address, provinceCode);
    }

    PersonRow row() {
        return new PersonRow(id, firstNameAr, lastNameAr, firstNameLatin, lastNameLatin, sex, birthDate, birthYear,
                cin, provinceCode);
    }

    void mergedInto(long keeperId, String by, LocalDateTime at) {
        mergedInto = keeperId;
        cin = null;
        stamp.changed(by, at);
    }

    /** The keeper of a merge: takes the merged record's CIN when it had none (freed by then, see merge). */
    void kept(String mergedCin, String by, LocalDateTime at) {
        if (cin == null && mergedCin != null) {
            cin = mergedCin;
        }
        stamp.changed(by, at);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCin() {
        return cin;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}
