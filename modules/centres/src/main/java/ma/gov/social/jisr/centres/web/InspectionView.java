package ma.gov.social.jisr.centres.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import ma.gov.social.jisr.centres.api.CentreDetails;
import ma.gov.social.jisr.centres.api.CentreService;
import ma.gov.social.jisr.centres.api.Inspection;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** Records an inspection of a centre: five scores out of 100; the overall score is their mean. */
@Named
@ViewScoped
public class InspectionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CentreService centres;

    private Long centre;
    private CentreDetails details;
    private LocalDate inspectedOn = LocalDate.now();
    private String inspector;
    private Integer building;
    private Integer equipment;
    private Integer accessibility;
    private Integer safety;
    private Integer staffing;
    private String notes;

    public String load() {
        try {
            details = centres.get(centre == null ? 0 : centre);
            return null;
        } catch (JisrException notVisible) {
            Messages.error(notVisible);
            return "/centres/centres?faces-redirect=true";
        }
    }

    public String save() {
        try {
            centres.recordInspection(centre, new Inspection(inspectedOn, inspector, score(building), score(equipment),
                    score(accessibility), score(safety), score(staffing), notes));
            Messages.info("inspection.recorded");
            return "/centres/centre?faces-redirect=true&id=" + centre;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    private static int score(Integer value) {
        return value == null ? -1 : value;
    }

    public CentreDetails getDetails() {
        return details;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public Integer getBuilding() {
        return building;
    }

    public void setBuilding(Integer building) {
        this.building = building;
    }

    public Integer getEquipment() {
        return equipment;
    }

    public void setEquipment(Integer equipment) {
        this.equipment = equipment;
    }

    public Integer getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(Integer accessibility) {
        this.accessibility = accessibility;
    }

    public Integer getSafety() {
        return safety;
    }

    public void setSafety(Integer safety) {
        this.safety = safety;
    }

    public Integer getStaffing() {
        return staffing;
    }

    public void setStaffing(Integer staffing) {
        this.staffing = staffing;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
