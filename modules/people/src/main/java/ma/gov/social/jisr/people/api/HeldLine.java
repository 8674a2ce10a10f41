package ma.gov.social.jisr.people.api;

import java.util.List;

/**
 * A line of a persons file held for a decision because it may be someone already registered (or repeat
 * an earlier line of the file). {@code candidates}: the registered persons it may be, within the reader's
 * territory; {@code similarLines}: earlier lines of the file it resembles. Once decided, {@code state}
 * says how and {@code personId} who the line is.
 */
public record HeldLine(long id, String importId, long line, PersonData data, List<PersonRow> candidates,
                       List<Long> similarLines, State state, Long personId) {
    public enum State {
        OPEN, EXISTING, CREATED
    }

    public HeldLine {
        candidates = List.copyOf(candidates);
        similarLines = List.copyOf(similarLines);
    }

    public boolean decided() {
        return state != State.OPEN;
    }
}
