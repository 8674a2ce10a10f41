package ma.gov.social.jisr.women.internal.empowerment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.JisrException.Word;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.Decision;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.MilestoneRow;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;

/** The empowerment rules that need no database: decisions, financing, milestones, capacities. */
final class EmpowermentRules {
    /** A request's amount: a project of the programmes stays under this (and the column holds it). */
    static final Dirhams MAX_AMOUNT = Dirhams.of(5_000_000);

    private EmpowermentRules() {
    }

    static String text(String value, int max, String requiredKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (requiredKey != null) {
                throw new JisrException(requiredKey);
            }
            return null;
        }
        if (v.length() > max) {
            throw new JisrException("emp.tooLong", max);
        }
        return v;
    }

    static void amount(Dirhams amount, String key) {
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw new JisrException(key);
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new JisrException("emp.amount.tooLarge", MAX_AMOUNT);
        }
    }

    /** A day something happened: known, and not in the future. */
    static LocalDate past(LocalDate day, LocalDate today, String requiredKey) {
        if (day == null) {
            throw new JisrException(requiredKey);
        }
        if (day.isAfter(today)) {
            throw new JisrException("emp.date.future", day);
        }
        return day;
    }

    static void decision(RequestStage current, Decision d) {
        if (d == null || d.outcome() == null) {
            throw new JisrException("emp.decision.required");
        }
        if (!current.decisions().contains(d.outcome())) {
            throw new JisrException("emp.decision.notNow", new Word("empStage." + current),
                    new Word("empStage." + d.outcome()));
        }
        if (d.outcome() == RequestStage.REJECTED) {
            text(d.reason(), 500, "emp.decision.reason");
        }
        if (d.outcome() == RequestStage.ACCOMPANIMENT && (d.adviser() == null || d.adviser().isBlank())) {
            throw new JisrException("emp.decision.adviser");
        }
    }

    static void financing(RequestStage current, Dirhams amount, Dirhams asked) {
        if (current != RequestStage.ACCEPTED) {
            throw new JisrException("emp.finance.notAccepted", new Word("empStage." + current));
        }
        amount(amount, "emp.finance.amount");
        if (amount.compareTo(asked) > 0) {
            throw new JisrException("emp.finance.moreThanAsked", amount, asked);
        }
    }

    /** Milestones are planned once a request is being accompanied or accepted, and until it is launched. */
    static void plannable(RequestStage stage) {
        if (stage == RequestStage.RECEIVED || stage == RequestStage.REJECTED) {
            throw new JisrException("emp.milestone.notAccompanied", new Word("empStage." + stage));
        }
    }

    /**
     * A new plan: each milestone not yet done gets a day, never before the day of the one before it (its
     * actual day when done, else its planned day).
     */
    static Map<Milestone, LocalDate> plan(Map<Milestone, MilestoneRow> current, Map<Milestone, LocalDate> wanted) {
        Map<Milestone, LocalDate> result = new EnumMap<>(Milestone.class);
        LocalDate previous = null;
        Milestone previousStep = null;
        for (Milestone step : Milestone.values()) {
            MilestoneRow row = current.get(step);
            LocalDate day;
            if (row != null && row.doneOn() != null) {
                day = row.doneOn();
            } else {
                day = wanted.get(step);
                if (day == null) {
                    day = row == null ? null : row.plannedOn();
                }
                if (day == null) {
                    throw new JisrException("emp.milestone.plannedRequired", new Word("empMilestone." + step));
                }
                result.put(step, day);
            }
            if (previous != null && day.isBefore(previous)) {
                throw new JisrException("emp.milestone.beforePrevious", new Word("empMilestone." + step), day,
                        new Word("empMilestone." + previousStep), previous);
            }
            previous = day;
            previousStep = step;
        }
        return result;
    }

    /**
     * Reaching a milestone: planned, not done yet, the one before it done, and not on an earlier day than
     * it; a launch only for a financed project; the follow-up says whether the activity is still alive.
     */
    static void reach(RequestStage stage, Map<Milestone, MilestoneRow> current, Milestone step, LocalDate on,
                      Boolean stillActive, LocalDate today) {
        plannable(stage);
        if (step == null) {
            throw new JisrException("emp.milestone.required");
        }
        past(on, today, "emp.milestone.dateRequired");
        MilestoneRow row = current.get(step);
        if (row == null) {
            throw new JisrException("emp.milestone.notPlanned");
        }
        if (row.doneOn() != null) {
            throw new JisrException("emp.milestone.alreadyDone", new Word("empMilestone." + step), row.doneOn());
        }
        if (step.position() > 1) {
            Milestone before = Milestone.at(step.position() - 1);
            MilestoneRow prior = current.get(before);
            if (prior == null || prior.doneOn() == null) {
                throw new JisrException("emp.milestone.previousNotDone", new Word("empMilestone." + step),
                        new Word("empMilestone." + before));
            }
            if (on.isBefore(prior.doneOn())) {
                throw new JisrException("emp.milestone.beforePrevious", new Word("empMilestone." + step), on,
                        new Word("empMilestone." + before), prior.doneOn());
            }
        }
        if (step == Milestone.LAUNCH && stage != RequestStage.FINANCED) {
            throw new JisrException("emp.milestone.launchNotFinanced", new Word("empStage." + stage));
        }
        if (step == Milestone.FOLLOW_UP) {
            if (stillActive == null) {
                throw new JisrException("emp.milestone.stillActiveRequired");
            }
            if (on.isBefore(current.get(Milestone.LAUNCH).doneOn().plusYears(1))) {
                throw new JisrException("emp.milestone.followUpTooEarly", current.get(Milestone.LAUNCH).doneOn());
            }
        }
    }

    static boolean late(LocalDate plannedOn, LocalDate doneOn, LocalDate today) {
        return doneOn == null && plannedOn.isBefore(today);
    }

    /** Seats: registering one more, or marking attendance, never beyond the session's capacity. */
    static void capacity(int wanted, int capacity) {
        if (wanted > capacity) {
            throw new JisrException("emp.training.full", wanted, capacity);
        }
    }

    static void capacity(int capacity) {
        if (capacity <= 0 || capacity > 500) {
            throw new JisrException("emp.training.capacityRange");
        }
    }
}
