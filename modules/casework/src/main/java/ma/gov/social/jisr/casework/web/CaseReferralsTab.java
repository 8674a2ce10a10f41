package ma.gov.social.jisr.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.casework.api.Referral;
import ma.gov.social.jisr.casework.api.ReferralData;
import ma.gov.social.jisr.casework.api.ReferralService;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.ReferralTarget;
import ma.gov.social.jisr.casework.api.SharedField;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * A case's referrals: where each went, what it carried, what the receiver did; sending one (refused without
 * a consent or legal ground that covers it) and recording an outside service's answer.
 */
@Named
@ViewScoped
public class CaseReferralsTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;
    @Inject
    private CaseFileTabs tabs;
    @Inject
    private PersonDirectory persons;

    private ReferralTarget target;
    private Long subject;
    private String targetModule;
    private String targetName;
    private String reason;
    private LocalDate dueOn = LocalDate.now().plusWeeks(1);
    private Referral answering;
    private ReferralStatus answer;
    private String outcome;
    private transient List<Referral> list;

    public void send() {
        boolean toModule = target == ReferralTarget.MODULE;
        if (CaseActions.run(() -> referrals.send(tabs.getCaseId(), new ReferralData(target,
                toModule ? targetModule : null, toModule ? null : targetName, subject, reason, dueOn)),
                "case.referral.done")) {
            target = null;
            subject = null;
            targetModule = null;
            targetName = null;
            reason = null;
            list = null;
            tabs.changed();
        }
    }

    /** Opens the answer form of an outside service's referral. */
    public void answer(Referral referral) {
        answering = referral;
        answer = null;
        outcome = null;
    }

    public void recordAnswer() {
        if (answering != null && CaseActions.run(() -> referrals.recordAnswer(answering.id(), answering.version(),
                answer, outcome), "case.referral.answered")) {
            answering = null;
            list = null;
            tabs.changed();
        }
    }

    public void cancelAnswer() {
        answering = null;
    }

    /** An outside service's pending referral: its sender writes down the answer (a module answers itself). */
    public boolean answerable(Referral r) {
        return r.status().pending() && r.target() != ReferralTarget.MODULE;
    }

    /** What a referral carried, in the fields' order. */
    public List<Map.Entry<SharedField, String>> carried(Referral r) {
        return r.fields() == null ? List.of() : r.fields().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    /** The fields the chosen target will receive: only those it needs. */
    public List<SharedField> getCarries() {
        return target == null ? List.of() : target.fields().stream().sorted().toList();
    }

    /** A module's name in the screen's language, from that module's own bundle. */
    public String moduleLabel(String module) {
        return Messages.text("module." + module);
    }

    public boolean overdue(Referral r) {
        return r.overdue(LocalDate.now());
    }

    public List<Referral> getReferrals() {
        if (list == null) {
            list = referrals.referralsOf(tabs.getCaseId());
        }
        return list;
    }

    /** Whom a referral may be about: the case's person, or a relative the module names (her child). */
    public Map<Long, String> getSubjects() {
        if (tabs.getFile() == null) {
            return Map.of();
        }
        List<Long> ids = new java.util.ArrayList<>(List.of(tabs.getFile().personId()));
        ids.addAll(tabs.module().relatives(tabs.getCaseId()));
        Map<Long, PersonCard> cards = persons.cards(ids);
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        ids.forEach(id -> names.put(id, cards.containsKey(id) ? cards.get(id).fullName() : Long.toString(id)));
        return names;
    }

    public Long getSubject() {
        return subject;
    }

    public void setSubject(Long subject) {
        this.subject = subject;
    }

    public ReferralTarget[] getTargets() {
        return ReferralTarget.values();
    }

    public List<ReferralStatus> getAnswers() {
        return List.of(ReferralStatus.RECEIVED, ReferralStatus.ACTED, ReferralStatus.REFUSED);
    }

    public ReferralTarget getTarget() {
        return target;
    }

    public void setTarget(ReferralTarget target) {
        this.target = target;
    }

    public String getTargetModule() {
        return targetModule;
    }

    public void setTargetModule(String targetModule) {
        this.targetModule = targetModule;
    }

    public String getTargetName() {
        return targetName;
    }

    public void setTargetName(String targetName) {
        this.targetName = targetName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Referral getAnswering() {
        return answering;
    }

    public ReferralStatus getAnswer() {
        return answer;
    }

    public void setAnswer(ReferralStatus answer) {
        this.answer = answer;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
