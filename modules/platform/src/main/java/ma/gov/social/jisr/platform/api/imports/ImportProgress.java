package ma.gov.social.jisr.platform.api.imports;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One import as the database records it, for its progress bar and its report: any server, and a page
 * reloaded later, sees the same. {@code held}: lines held for a person to decide (possible duplicates).
 */
public record ImportProgress(String id, String module, String kind, String owner, String fileName,
                             ImportState state, long lines, long checked, long saved, long held,
                             List<ImportProblem> problems, long problemCount, LocalDateTime startedAt,
                             LocalDateTime endedAt) {
    public ImportProgress {
        problems = List.copyOf(problems);
    }

    /** Validation is the first half of the bar, saving the second. */
    public int percent() {
        if (state.finished()) {
            return 100;
        }
        if (lines == 0) {
            return 0;
        }
        long half = state == ImportState.VALIDATING ? checked * 50 / lines : 50 + (saved + held) * 50 / lines;
        return (int) Math.min(99, half);
    }
}
