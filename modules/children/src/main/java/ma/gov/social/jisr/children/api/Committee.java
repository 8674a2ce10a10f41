package ma.gov.social.jisr.children.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The provincial child-protection committee's records: members, meetings and their papers, the action plan. */
public final class Committee {
    private Committee() {
    }

    /** A member institution and its delegate; until is set when the delegate leaves. */
    public record Member(long id, long version, String provinceCode, String institution, String delegate,
                         String functionTitle, LocalDate since, LocalDate until) {
        public boolean current() {
            return until == null;
        }
    }

    public enum MeetingStatus {
        PLANNED, HELD, CANCELLED
    }

    public enum PaperKind {
        AGENDA, ATTENDANCE, MINUTES
    }

    public record Meeting(long id, long version, String provinceCode, LocalDate meetsOn, String place, String agenda,
                          MeetingStatus status, Set<Long> present, List<Decision> decisions, List<Paper> papers) {
    }

    public record Decision(long id, String decision) {
    }

    public record Paper(long id, PaperKind kind, String fileName, String contentType, long size,
                        LocalDateTime uploadedAt, String uploadedBy) {
    }

    public record PaperContent(String fileName, String contentType, byte[] content) {
    }

    public enum ActionStatus {
        PLANNED, IN_PROGRESS, DONE, DROPPED
    }

    /** An action of the provincial plan, its responsible institution, deadline and indicator (target, achieved). */
    public record PlanAction(long id, long version, String provinceCode, int year, String action, String institution,
                             LocalDate deadline, ActionStatus status, String indicator, int target, int achieved,
                             Long decisionId) {
        public boolean lateOn(LocalDate today) {
            return deadline != null && deadline.isBefore(today)
                    && (status == ActionStatus.PLANNED || status == ActionStatus.IN_PROGRESS);
        }

        /** Achieved against target, in whole percent (0 when no target). */
        public int progress() {
            return target <= 0 ? 0 : (int) Math.min(100, Math.round(achieved * 100.0 / target));
        }
    }
}
