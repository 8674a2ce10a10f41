package ma.gov.social.jisr.platform.internal.territory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Cacheable
@Table(name = "plt_region")
public class RegionEntity {
    @Id
    private String code;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_fr")
    private String nameFr;

    public String getCode() {
        return code;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }
}
