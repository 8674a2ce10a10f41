package ma.gov.social.jisr.children.api;

/** Where a child is placed: an institution of the registry, a foster family, or back in the family. */
public enum PlacementKind {
    INSTITUTION, FOSTER_FAMILY, FAMILY_RETURN;

    /** Whether the placement takes one of a holder's places. */
    public boolean takesAPlace() {
        return this != FAMILY_RETURN;
    }
}
