package ma.gov.social.jisr.upgrades.internal;

import ma.gov.social.jisr.centres.api.CentreFacts;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.platform.api.JisrException;

/**
 * Which centres a programme year may choose: open, inspected (the priority needs a condition), and not
 * upgraded in the {@code recentYears} before the year. The planning job asks the registry for exactly
 * these centres; a swap checks the one centre it brings in, with the reason when it cannot.
 */
final class Eligibility {
    private Eligibility() {
    }

    static CentreFacts check(CentreFacts c, int year, int recentYears) {
        if (c.status() != CentreStatus.OPEN) {
            throw new JisrException("candidate.notOpen", c.code());
        }
        if (c.lastUpgradeYear() != null && c.lastUpgradeYear() > year - recentYears) {
            throw new JisrException("candidate.recentlyUpgraded", c.code(), c.lastUpgradeYear());
        }
        if (c.latestScore() == null) {
            throw new JisrException("candidate.notInspected", c.code());
        }
        return c;
    }
}
