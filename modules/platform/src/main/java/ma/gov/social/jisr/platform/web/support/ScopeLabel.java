package ma.gov.social.jisr.platform.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.Region;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/** "National", "Region: Casablanca-Settat", "Province: Rabat" in the screen's language. */
@Named
@RequestScoped
public class ScopeLabel {
    @Inject
    private TerritoryService territories;
    @Inject
    private LocaleSelector locale;

    private final Map<String, String> provinceNames = new HashMap<>();

    public String of(TerritorialScope scope) {
        if (scope == null) {
            return "";
        }
        String language = locale.getLanguage();
        return switch (scope.level()) {
            case NATIONAL -> Messages.text("scope.national");
            case REGION -> Messages.text("scope.region") + " " + territories.region(scope.code())
                    .map(r -> r.name(language)).orElse(scope.code());
            case PROVINCE -> Messages.text("scope.province") + " " + territories.province(scope.code())
                    .map(p -> p.name(language)).orElse(scope.code());
        };
    }

    public String region(Region region) {
        return region.name(locale.getLanguage());
    }

    public String province(Province province) {
        return province.name(locale.getLanguage());
    }

    /** Asked once per row of a list, mostly for the same few codes: each code is looked up once per request. */
    public String provinceName(String code) {
        return code == null ? "" : provinceNames.computeIfAbsent(locale.getLanguage() + code,
                k -> territories.province(code).map(this::province).orElse(code));
    }

    public String regionName(String code) {
        return code == null ? "" : territories.region(code).map(this::region).orElse(code);
    }
}
