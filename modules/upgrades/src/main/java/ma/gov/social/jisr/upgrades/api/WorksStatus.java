package ma.gov.social.jisr.upgrades.api;

/** The works of a planned upgrade, in the order they happen. */
public enum WorksStatus {
    PLANNED, ORDERED, STARTED, FINISHED, RECEIVED;

    public WorksStatus next() {
        return this == RECEIVED ? null : values()[ordinal() + 1];
    }
}
