package ma.gov.social.jisr.platform.api.territory;

import java.util.Objects;

/**
 * The part of the country an account works on: the whole country, one region or one province.
 * Services use it to restrict every query of territorial data, not only screens.
 */
public record TerritorialScope(ScopeLevel level, String code) {

    public TerritorialScope {
        Objects.requireNonNull(level, "level");
        if (level == ScopeLevel.NATIONAL && code != null) {
            throw new IllegalArgumentException("a national scope has no territory code");
        }
        if (level != ScopeLevel.NATIONAL && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a " + level + " scope needs a territory code");
        }
    }

    public static TerritorialScope national() {
        return new TerritorialScope(ScopeLevel.NATIONAL, null);
    }

    public static TerritorialScope region(String regionCode) {
        return new TerritorialScope(ScopeLevel.REGION, regionCode);
    }

    public static TerritorialScope province(String provinceCode) {
        return new TerritorialScope(ScopeLevel.PROVINCE, provinceCode);
    }

    public boolean isNational() {
        return level == ScopeLevel.NATIONAL;
    }

    /** Whether a record located in this province (of this region) is visible within the scope. */
    public boolean covers(String regionCode, String provinceCode) {
        return switch (level) {
            case NATIONAL -> true;
            case REGION -> code.equals(regionCode);
            case PROVINCE -> code.equals(provinceCode);
        };
    }

    /**
     * Whether {@code other} lies inside this scope: an administrator may only hand out scopes
     * within their own. {@code regionOfOther} is the region of other's territory (null if national).
     */
    public boolean contains(TerritorialScope other, String regionOfOther) {
        return switch (level) {
            case NATIONAL -> true;
            case REGION -> !other.isNational() && code.equals(regionOfOther);
            case PROVINCE -> other.level == ScopeLevel.PROVINCE && code.equals(other.code);
        };
    }
}
