package ma.gov.social.jisr.platform.internal.territory;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Public reference data (the ISO 3166-2:MA list), so open to every caller, logged in or not. Read from a
 * catalog kept in memory, so no call needs a transaction of its own (screens call it per row).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TerritoryServiceBean implements TerritoryService {
    @Inject
    private TerritoryCatalog catalog;

    @Override
    public List<Region> regions() {
        return catalog.get().regions();
    }

    @Override
    public List<Province> provinces() {
        return catalog.get().provinces();
    }

    @Override
    public List<Province> provincesOf(String regionCode) {
        return provinces().stream().filter(p -> p.regionCode().equals(regionCode)).toList();
    }

    @Override
    public Optional<Region> region(String code) {
        return Optional.ofNullable(catalog.get().regionByCode().get(code));
    }

    @Override
    public Optional<Province> province(String code) {
        return Optional.ofNullable(catalog.get().provinceByCode().get(code));
    }

    @Override
    public List<Province> provincesWithin(TerritorialScope scope) {
        return provinces().stream().filter(p -> scope.covers(p.regionCode(), p.code())).toList();
    }

    @Override
    public String regionOf(TerritorialScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> null;
            case REGION -> region(scope.code()).map(Region::code)
                    .orElseThrow(() -> new JisrException("territory.unknown", scope.code()));
            case PROVINCE -> province(scope.code()).map(Province::regionCode)
                    .orElseThrow(() -> new JisrException("territory.unknown", scope.code()));
        };
    }
}
