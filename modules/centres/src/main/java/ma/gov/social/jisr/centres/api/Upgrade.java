package ma.gov.social.jisr.centres.api;

import java.math.BigDecimal;

/** One entry of a centre's upgrade history: the year, the works, their cost in dirhams. */
public record Upgrade(int year, String works, BigDecimal costDirhams, UpgradeStatus status) {
}
