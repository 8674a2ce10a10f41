package ma.gov.social.jisr.casework.api.demo;

import java.util.List;

/**
 * The case kernel for the social modules' demo data, which is written at first start in development mode,
 * with no caller: a module describes its demo cases (person, centre, who handles them, how far they went,
 * what was done) and the kernel writes its own tables for them in bulk, as its services would have left
 * them (reference, initials, history of steps, due dates kept on the case). Only on demo records: every
 * person must be one the people demo wrote and every centre one the centres demo wrote, of the module's
 * types, else nothing is written. The cases are marked as written by {@code DemoData.AUTHOR}. Not audited.
 */
public interface DemoCases {
    /** Writes the cases in one go (the caller's transaction) and answers their ids, in the same order. */
    List<Long> write(List<DemoCase> cases);

    /**
     * Puts demo accounts in the module's teams (team, province, username; the full name is not read). A team
     * the module does not have is refused, and nothing is written.
     */
    void teams(String module, List<ma.gov.social.jisr.casework.api.TeamMember> members);
}
