package ma.gov.social.jisr.upgrades.api;

import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreFacts;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.TargetGroup;

/**
 * Why a centre needs an upgrade, each part between 0 (no need) and 1 (greatest need): worse condition,
 * more people served, longer since the last upgrade, rural, and serving a priority group.
 */
public record PriorityParts(double condition, double served, double waiting, double rural, double group) {
    /** Capacity at which "people served" reaches its maximum: larger centres do not count more. */
    public static final int SERVED_CAP = 200;
    /** Years without an upgrade at which "waiting" reaches its maximum. */
    public static final int WAITING_CAP = 20;

    public static PriorityParts of(int latestScore, Integer places, int yearsWaiting, boolean rural, boolean priorityGroup) {
        double served = Math.min(places == null ? 0 : Math.max(places, 0), SERVED_CAP) / (double) SERVED_CAP;
        double waiting = Math.min(Math.max(yearsWaiting, 0), WAITING_CAP) / (double) WAITING_CAP;
        return new PriorityParts((100 - latestScore) / 100.0, served, waiting, rural ? 1 : 0, priorityGroup ? 1 : 0);
    }

    /**
     * A centre's parts in a programme year. Waiting counts from the latest upgrade, else from the opening,
     * else (neither known) as long as can count.
     */
    public static PriorityParts of(CentreFacts c, int year) {
        int since = c.lastUpgradeYear() != null ? c.lastUpgradeYear()
                : c.openedOn() != null ? c.openedOn().getYear() : year - WAITING_CAP;
        return of(c.latestScore(), c.places(), year - since, c.area() == Area.RURAL,
                priorityGroup(c.type()));
    }

    /** Centres for children, women victims of violence and people with disabilities come first. */
    public static boolean priorityGroup(CentreType type) {
        TargetGroup g = type.group();
        return g == TargetGroup.CHILDREN || g == TargetGroup.WOMEN || g == TargetGroup.DISABILITY;
    }
}
