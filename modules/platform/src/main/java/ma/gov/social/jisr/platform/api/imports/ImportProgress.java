package ma.gov.social.jisr.platform.api.imports;

import java.util.List;

/** A snapshot of one import, for its progress bar and its report. */
public record ImportProgress(String id, String module, String owner, String fileName, ImportState state,
                             long lines, long checked, long saved, List<ImportProblem> problems,
                             long problemCount) {
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
        long half = state == ImportState.VALIDATING ? checked * 50 / lines : 50 + saved * 50 / lines;
        return (int) Math.min(99, half);
    }
}
