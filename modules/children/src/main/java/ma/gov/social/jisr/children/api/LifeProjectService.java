package ma.gov.social.jisr.children.api;

import java.time.LocalDate;

/** The life project of a child in care. */
public interface LifeProjectService {
    LifeProject project(long caseId);

    long addGoal(long caseId, ProjectDomain domain, String goal, LocalDate targetOn);

    long addAction(long goalId, String action, String doneBy, LocalDate dueOn);

    void actionDone(long actionId, LocalDate doneOn);

    /** A review, dated after the measure or placement change that called for it; clears the due review. */
    long review(long caseId, LocalDate reviewedOn, String outcome, LocalDate nextReviewOn);
}
