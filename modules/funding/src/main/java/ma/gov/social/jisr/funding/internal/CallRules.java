package ma.gov.social.jisr.funding.internal;

import java.util.HashSet;
import ma.gov.social.jisr.funding.api.CallData;
import ma.gov.social.jisr.funding.api.Criterion;
import ma.gov.social.jisr.platform.api.JisrException;

/** What a call must say before it is saved, and what it must add before it is published. */
final class CallRules {
    static final int MAX_CRITERIA = 12;

    private CallRules() {
    }

    static void check(CallData d) {
        if (blank(d.reference()) || blank(d.titleAr()) || blank(d.titleFr()) || d.opensAt() == null
                || d.closesAt() == null || d.envelope() == null || d.ceiling() == null || d.tieRule() == null) {
            throw new JisrException("funding.call.incomplete");
        }
        if (!d.reference().strip().matches("[A-Za-z0-9/_-]{3,30}")) {
            throw new JisrException("funding.call.reference");
        }
        if (d.titleAr().strip().length() > 300 || d.titleFr().strip().length() > 300) {
            throw new JisrException("funding.text.tooLong", 300);
        }
        if (d.domains().isEmpty()) {
            throw new JisrException("funding.call.domainRequired");
        }
        if (!d.closesAt().isAfter(d.opensAt())) {
            throw new JisrException("funding.call.window");
        }
        if (d.envelope().compareTo(ma.gov.social.jisr.platform.api.value.Dirhams.ZERO) <= 0
                || d.ceiling().compareTo(ma.gov.social.jisr.platform.api.value.Dirhams.ZERO) <= 0) {
            throw new JisrException("funding.call.amounts");
        }
        if (d.ceiling().compareTo(d.envelope()) > 0) {
            throw new JisrException("funding.call.ceilingAboveEnvelope");
        }
        if (d.minYears() < 0 || d.minYears() > 50 || d.passMark() < 0 || d.passMark() > 100) {
            throw new JisrException("funding.call.limits");
        }
        if (d.criteria().size() > MAX_CRITERIA) {
            throw new JisrException("funding.call.tooManyCriteria", MAX_CRITERIA);
        }
        for (Criterion c : d.criteria()) {
            if (blank(c.labelAr()) || blank(c.labelFr()) || c.weight() < 1 || c.weight() > 100) {
                throw new JisrException("funding.call.criterion");
            }
        }
        if (new HashSet<>(d.evaluators()).size() != d.evaluators().size()) {
            throw new JisrException("funding.call.evaluatorTwice");
        }
    }

    /** Publishing needs a complete grid (weights summing to exactly 100) and at least two evaluators. */
    static void checkPublishable(CallData d) {
        check(d);
        int sum = d.criteria().stream().mapToInt(Criterion::weight).sum();
        if (sum != 100) {
            throw new JisrException("funding.call.gridSum", sum);
        }
        if (d.evaluators().size() < 2) {
            throw new JisrException("funding.call.evaluatorsRequired");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
