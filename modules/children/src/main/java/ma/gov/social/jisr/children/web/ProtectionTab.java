package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.web.CaseFileTabs;
import ma.gov.social.jisr.children.api.DecidedBy;
import ma.gov.social.jisr.children.api.FosterFamily;
import ma.gov.social.jisr.children.api.FosterFamilyService;
import ma.gov.social.jisr.children.api.Measure;
import ma.gov.social.jisr.children.api.MeasureKind;
import ma.gov.social.jisr.children.api.PlaceHolder;
import ma.gov.social.jisr.children.api.Placement;
import ma.gov.social.jisr.children.api.PlacementKind;
import ma.gov.social.jisr.children.api.ProtectionService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * The measures and placements tabs: a measure with its decision, its review and end; a placement into an
 * institution or a foster family of the territory (within their places), or back in the family; visits.
 */
@Named
@ViewScoped
public class ProtectionTab implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProtectionService protection;
    @Inject
    private FosterFamilyService families;
    @Inject
    private CaseFileTabs tabs;

    private final MeasureForm measure = new MeasureForm();
    private PlacementKind placementKind;
    private Long institutionId;
    private Long familyId;
    private Long measureId;
    private LocalDate placedOn = LocalDate.now();
    private LocalDate endedOn = LocalDate.now();
    private String note;
    private transient List<Measure> measures;
    private transient List<Placement> placements;

    public void decide() {
        run(() -> {
            protection.decide(tabs.getCaseId(), measure.data());
            measure.clear();
        }, "children.measure.saved");
    }

    public void reviewMeasure(long id) {
        run(() -> protection.reviewMeasure(id, measure.getReviewedOn(), measure.getReviewOutcome(),
                measure.getNextReviewOn()), "children.measure.reviewed");
    }

    public void endMeasure(long id) {
        run(() -> protection.endMeasure(id, endedOn), "children.measure.endedSaved");
    }

    public void place() {
        Long holder = placementKind == PlacementKind.INSTITUTION ? institutionId
                : placementKind == PlacementKind.FOSTER_FAMILY ? familyId : null;
        run(() -> protection.place(tabs.getCaseId(), placementKind, holder, measureId, placedOn),
                "children.placement.saved");
    }

    public void endPlacement(long id) {
        run(() -> protection.endPlacement(id, endedOn, note), "children.placement.endedSaved");
    }

    public void visit(long placementId) {
        run(() -> {
            protection.visit(placementId, endedOn, note);
            note = null;
        }, "children.visit.saved");
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            measures = null;
            placements = null;
            Messages.info(done);
            tabs.changed();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<Measure> getMeasures() {
        if (measures == null) {
            measures = tabs.getFile() == null ? List.of() : protection.measures(tabs.getCaseId());
        }
        return measures;
    }

    public List<Placement> getPlacements() {
        if (placements == null) {
            placements = tabs.getFile() == null ? List.of() : protection.placements(tabs.getCaseId());
        }
        return placements;
    }

    public boolean isPlaced() {
        return getPlacements().stream().anyMatch(Placement::current);
    }

    public boolean overdue(Measure m) {
        return m.reviewOverdue(LocalDate.now());
    }

    public List<PlaceHolder> getInstitutions() {
        return tabs.getFile() == null ? List.of() : protection.institutions(tabs.getFile().provinceCode());
    }

    public List<FosterFamily> getFamilies() {
        return tabs.getFile() == null ? List.of() : families.families(tabs.getFile().provinceCode()).stream()
                .filter(f -> f.status() == FosterFamily.FosterStatus.APPROVED).toList();
    }

    public MeasureKind[] getMeasureKinds() {
        return MeasureKind.values();
    }

    public DecidedBy[] getDeciders() {
        return DecidedBy.values();
    }

    public PlacementKind[] getPlacementKinds() {
        return PlacementKind.values();
    }

    public MeasureForm getMeasure() {
        return measure;
    }

    public PlacementKind getPlacementKind() {
        return placementKind;
    }

    public void setPlacementKind(PlacementKind placementKind) {
        this.placementKind = placementKind;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public void setMeasureId(Long measureId) {
        this.measureId = measureId;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public void setPlacedOn(LocalDate placedOn) {
        this.placedOn = placedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
