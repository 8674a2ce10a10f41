package ma.gov.social.jisr.platform.internal.territory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Cacheable
@Table(name = "plt_province")
public class ProvinceEntity {
    @Id
    private String code;
    @Column(name = "region_code")
    private String regionCode;
    private String kind;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_fr")
    private String nameFr;

    public String getCode() {
        return code;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getKind() {
        return kind;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }
}
