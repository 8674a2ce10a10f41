package ma.gov.social.jisr.platform.internal.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.Region;

/** The 87 territories never change at run time (only through a migration): read them once. */
@ApplicationScoped
public class TerritoryCatalog {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    private volatile Snapshot snapshot;

    record Snapshot(List<Region> regions, List<Province> provinces, Map<String, Region> regionByCode,
                    Map<String, Province> provinceByCode) {
    }

    Snapshot get() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        List<Region> regions = em.createQuery("select r from RegionEntity r order by r.code", RegionEntity.class)
                .getResultStream().map(r -> new Region(r.getCode(), r.getNameAr(), r.getNameFr())).toList();
        List<Province> provinces = em.createQuery("select p from ProvinceEntity p order by p.nameFr",
                        ProvinceEntity.class).getResultStream()
                .map(p -> new Province(p.getCode(), p.getRegionCode(), "PREFECTURE".equals(p.getKind()),
                        p.getNameAr(), p.getNameFr()))
                .toList();
        return new Snapshot(regions, provinces,
                regions.stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity())),
                provinces.stream().collect(Collectors.toUnmodifiableMap(Province::code, Function.identity())));
    }

    public String regionOfProvince(String provinceCode) {
        var province = get().provinceByCode().get(provinceCode);
        return province == null ? null : province.regionCode();
    }
}
