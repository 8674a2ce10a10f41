package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.funding.api.AgreementData;
import ma.gov.social.jisr.funding.api.AgreementService;
import ma.gov.social.jisr.funding.api.ProjectDetails;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.funding.api.ProjectStatus;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * Drafts the agreement of a selected project: the grant (at most what was asked), its schedule in whole
 * percentages with a preview of each tranche, the conditions, the dates and the signatories.
 */
@Named
@ViewScoped
public class AgreementDraftView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** As many tranches as the service accepts; the form offers no more. */
    static final int MAX_TRANCHES = 6;

    /** One line of the schedule as typed: a whole percentage. */
    public static final class Share implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer percent;

        Share(Integer percent) {
            this.percent = percent;
        }

        public Integer getPercent() {
            return percent;
        }

        public void setPercent(Integer percent) {
            this.percent = percent;
        }
    }

    @Inject
    private ProjectService projects;
    @Inject
    private AgreementService agreements;

    private long projectId;
    private ProjectDetails project;
    private Dirhams amountGranted;
    private final List<Share> schedule = new ArrayList<>(List.of(new Share(60), new Share(40)));
    private String conditions;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String ministrySignatory;
    private String associationSignatory;

    public void load() {
        try {
            project = projects.get(projectId);
            if (amountGranted == null) {
                amountGranted = project.data().amountRequested();
            }
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public String draft() {
        List<Integer> percents = schedule.stream().map(Share::getPercent).toList();
        try {
            long id = agreements.draft(projectId, new AgreementData(amountGranted, percents, conditions, startsOn,
                    endsOn, ministrySignatory, associationSignatory));
            Messages.info("agreement.drafted");
            return "/funding/agreement?faces-redirect=true&id=" + id;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public void addTranche() {
        if (schedule.size() < MAX_TRANCHES) {
            schedule.add(new Share(null));
        }
    }

    public void removeTranche(Share share) {
        if (schedule.size() > 1) {
            schedule.remove(share);
        }
    }

    /** Whether the project may get an agreement now (the service checks it again when drafting). */
    public boolean isDraftable() {
        return project != null && project.status() == ProjectStatus.SELECTED && project.agreementId() == null;
    }

    public int getPercentSum() {
        return schedule.stream().filter(s -> s.getPercent() != null).mapToInt(Share::getPercent).sum();
    }

    /**
     * The amount of a tranche for display only, the way the service will cut it: each share rounded down to
     * the centime, the last taking what is left once the percentages add up to 100. Null while unknown.
     */
    public Dirhams preview(Share share) {
        if (amountGranted == null || share.getPercent() == null || share.getPercent() < 1
                || amountGranted.isNegative()) {
            return null;
        }
        int index = schedule.indexOf(share);
        if (index < schedule.size() - 1 || getPercentSum() != 100) {
            return amountGranted.share(share.getPercent(), 100);
        }
        Dirhams given = Dirhams.ZERO;
        for (int i = 0; i < index; i++) {
            if (schedule.get(i).getPercent() == null) {
                return null;
            }
            given = given.plus(amountGranted.share(schedule.get(i).getPercent(), 100));
        }
        return amountGranted.minus(given);
    }

    public boolean isAboveRequested() {
        return project != null && amountGranted != null
                && amountGranted.compareTo(project.data().amountRequested()) > 0;
    }

    public boolean isMayAddTranche() {
        return schedule.size() < MAX_TRANCHES;
    }

    public ProjectDetails getProject() {
        return project;
    }

    public List<Share> getSchedule() {
        return schedule;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public Dirhams getAmountGranted() {
        return amountGranted;
    }

    public void setAmountGranted(Dirhams amountGranted) {
        this.amountGranted = amountGranted;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getMinistrySignatory() {
        return ministrySignatory;
    }

    public void setMinistrySignatory(String ministrySignatory) {
        this.ministrySignatory = ministrySignatory;
    }

    public String getAssociationSignatory() {
        return associationSignatory;
    }

    public void setAssociationSignatory(String associationSignatory) {
        this.associationSignatory = associationSignatory;
    }
}
