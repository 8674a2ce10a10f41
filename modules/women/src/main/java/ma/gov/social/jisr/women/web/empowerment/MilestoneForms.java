package ma.gov.social.jisr.women.web.empowerment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.MilestoneRow;
import ma.gov.social.jisr.women.api.empowerment.RequestDetails;

/**
 * What the request page's two milestone forms hold between requests: the plan (an adviser and a day for
 * each step not yet done) and the step being marked done. Kept as typed when the service refuses.
 */
public class MilestoneForms implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A step still to do, and the day planned for it. */
    public static final class PlanLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Milestone step;
        private LocalDate plannedOn;

        PlanLine(Milestone step, LocalDate plannedOn) {
            this.step = step;
            this.plannedOn = plannedOn;
        }

        public Milestone getStep() {
            return step;
        }

        public LocalDate getPlannedOn() {
            return plannedOn;
        }

        public void setPlannedOn(LocalDate plannedOn) {
            this.plannedOn = plannedOn;
        }
    }

    private String adviser;
    private final List<PlanLine> plan = new ArrayList<>();
    private List<Milestone> open = List.of();
    private Milestone step;
    private LocalDate reachedOn;
    private boolean stillActive;
    private String note;

    /** Starts both forms afresh from the request as it now stands. */
    void start(RequestDetails details) {
        Set<Milestone> done = details.milestones().stream().filter(m -> m.doneOn() != null)
                .map(MilestoneRow::step).collect(Collectors.toSet());
        Map<Milestone, LocalDate> planned = new LinkedHashMap<>();
        details.milestones().forEach(m -> planned.put(m.step(), m.plannedOn()));
        open = Arrays.stream(Milestone.values()).filter(m -> !done.contains(m)).toList();
        adviser = details.adviser();
        plan.clear();
        open.forEach(m -> plan.add(new PlanLine(m, planned.get(m))));
        step = open.isEmpty() ? null : open.get(0);
        reachedOn = LocalDate.now();
        stillActive = false;
        note = null;
    }

    /** The days typed, in the milestones' order; a step left without a day is not planned. */
    Map<Milestone, LocalDate> plannedOn() {
        Map<Milestone, LocalDate> days = new LinkedHashMap<>();
        plan.stream().filter(l -> l.plannedOn != null).forEach(l -> days.put(l.step, l.plannedOn));
        return days;
    }

    /** Whether the woman's project still runs is asked at the follow-up only. */
    Boolean stillActiveAnswer() {
        return step == Milestone.FOLLOW_UP ? stillActive : null;
    }

    public boolean isFollowUp() {
        return step == Milestone.FOLLOW_UP;
    }

    public List<Milestone> getOpen() {
        return open;
    }

    public List<PlanLine> getPlan() {
        return plan;
    }

    public String getAdviser() {
        return adviser;
    }

    public void setAdviser(String adviser) {
        this.adviser = adviser;
    }

    public Milestone getStep() {
        return step;
    }

    public void setStep(Milestone step) {
        this.step = step;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public void setReachedOn(LocalDate reachedOn) {
        this.reachedOn = reachedOn;
    }

    public boolean isStillActive() {
        return stillActive;
    }

    public void setStillActive(boolean stillActive) {
        this.stillActive = stillActive;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
