package ma.gov.social.jisr.children.web;

import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.children.api.DecidedBy;
import ma.gov.social.jisr.children.api.MeasureData;
import ma.gov.social.jisr.children.api.MeasureKind;

/** The measure form's fields, and those of a measure's review. */
public class MeasureForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private MeasureKind kind;
    private DecidedBy decidedBy;
    private String reference;
    private LocalDate decidedOn = LocalDate.now();
    private Integer durationMonths;
    private LocalDate reviewOn;
    private LocalDate reviewedOn = LocalDate.now();
    private String reviewOutcome;
    private LocalDate nextReviewOn;

    MeasureData data() {
        return new MeasureData(kind, decidedBy, reference, decidedOn, durationMonths == null ? 0 : durationMonths,
                reviewOn);
    }

    void clear() {
        kind = null;
        decidedBy = null;
        reference = null;
        durationMonths = null;
        reviewOn = null;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public void setKind(MeasureKind kind) {
        this.kind = kind;
    }

    public DecidedBy getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(DecidedBy decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(String reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }
}
