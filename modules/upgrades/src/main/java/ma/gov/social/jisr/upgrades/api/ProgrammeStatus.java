package ma.gov.social.jisr.upgrades.api;

/** OPEN: settings entered, no plan yet; DRAFTED: the planning job wrote a draft; APPROVED: frozen. */
public enum ProgrammeStatus {
    OPEN, DRAFTED, APPROVED
}
