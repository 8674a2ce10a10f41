package ma.gov.social.jisr.funding.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Morocco's legal time, in which calls state their windows: the server may run in UTC, and Morocco's offset
 * changes around Ramadan, so the zone is named rather than assumed.
 */
final class FundingClock {
    static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

    private FundingClock() {
    }

    static LocalDateTime now() {
        return LocalDateTime.now(MOROCCO).withNano(0);
    }
}
