package ma.gov.social.jisr.centres.api;

import ma.gov.social.jisr.platform.api.value.Dirhams;

/** One entry of a centre's upgrade history: the year, the works, their cost. */
public record Upgrade(int year, String works, Dirhams cost, UpgradeStatus status) {
}
