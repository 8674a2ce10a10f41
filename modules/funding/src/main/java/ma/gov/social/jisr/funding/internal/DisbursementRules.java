package ma.gov.social.jisr.funding.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import ma.gov.social.jisr.funding.api.RunRequest;
import ma.gov.social.jisr.funding.api.RunStatus;
import ma.gov.social.jisr.platform.api.JisrException;

/** What a disbursement run may ask and who may move it on, as pure rules. */
final class DisbursementRules {
    /** Further ahead than this, the run would pay on facts (suspensions, reports) not yet known. */
    static final int MAX_DAYS_AHEAD = 60;

    private DisbursementRules() {
    }

    /** A value date the bank can execute: today or later, within {@link #MAX_DAYS_AHEAD}, not a weekend. */
    static void checkRequest(RunRequest request, LocalDate today) {
        LocalDate value = request.valueDate();
        if (value == null) {
            throw new JisrException("funding.run.valueDateRequired");
        }
        if (value.isBefore(today)) {
            throw new JisrException("funding.run.valueDateInPast");
        }
        if (value.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new JisrException("funding.run.valueDateTooFar", MAX_DAYS_AHEAD);
        }
        if (value.getDayOfWeek() == DayOfWeek.SATURDAY || value.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new JisrException("funding.run.valueDateWeekend");
        }
    }

    /** Four eyes: the approver is not who prepared the run. */
    static void checkApprover(String preparedBy, String approver) {
        if (preparedBy.equals(approver)) {
            throw new JisrException("funding.run.ownApproval");
        }
    }

    static void requireStatus(RunStatus actual, RunStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(s -> s == actual)) {
            throw new JisrException("funding.run.wrongStatus", new JisrException.Word("run." + actual.name()));
        }
    }
}
