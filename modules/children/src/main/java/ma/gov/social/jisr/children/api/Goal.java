package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.util.List;

/** A goal of the life project, with the actions that serve it. */
public record Goal(long id, ProjectDomain domain, String goal, LocalDate targetOn, List<Action> actions) {
    /** Who does what by when; done once {@code doneOn} is set. */
    public record Action(long id, String action, String doneBy, LocalDate dueOn, LocalDate doneOn) {
        public boolean late(LocalDate today) {
            return doneOn == null && dueOn.isBefore(today);
        }
    }
}
