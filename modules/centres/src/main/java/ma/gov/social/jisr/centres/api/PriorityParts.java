package ma.gov.social.jisr.centres.api;

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
}
