package ma.gov.social.jisr.platform.api;

import java.util.List;

/**
 * Role names as they appear in {@code @RolesAllowed}, in the user table and in web.xml.
 * {@link #STAFF} is never assigned: every authenticated account carries it, so that
 * "any logged-in member of staff" can be declared without listing every role.
 */
public final class Roles {
    public static final String STAFF = "staff";
    public static final String ADMINISTRATOR = "administrator";
    public static final String REGIONAL_COORDINATOR = "regional-coordinator";
    public static final String CASE_WORKER_WOMEN = "case-worker-women";
    public static final String CASE_WORKER_CHILDREN = "case-worker-children";
    public static final String CASE_WORKER_FAMILIES = "case-worker-families";
    public static final String CASE_WORKER_ELDERLY = "case-worker-elderly";
    public static final String CASE_WORKER_DISABILITY = "case-worker-disability";
    public static final String FINANCE_OFFICER = "finance-officer";
    /** Manages the partner associations, the calls for proposals and the agreements of a territory. */
    public static final String PARTNERSHIP_OFFICER = "partnership-officer";
    public static final String AUDITOR = "auditor";

    /** The roles an administrator can grant, in the order screens list them. */
    public static final List<String> ASSIGNABLE = List.of(ADMINISTRATOR, REGIONAL_COORDINATOR,
            CASE_WORKER_WOMEN, CASE_WORKER_CHILDREN, CASE_WORKER_FAMILIES, CASE_WORKER_ELDERLY,
            CASE_WORKER_DISABILITY, PARTNERSHIP_OFFICER, FINANCE_OFFICER, AUDITOR);

    private Roles() {
    }

    public static boolean isAssignable(String role) {
        return ASSIGNABLE.contains(role);
    }
}
