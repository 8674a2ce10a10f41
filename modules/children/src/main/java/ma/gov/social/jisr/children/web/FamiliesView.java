package ma.gov.social.jisr.children.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.children.api.FosterFamily;
import ma.gov.social.jisr.children.api.FosterFamily.FosterStatus;
import ma.gov.social.jisr.children.api.FosterFamilyService;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/** The foster families of the territory: register, change (approval, capacity), record a home visit. */
@Named
@ViewScoped
public class FamiliesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FosterFamilyService families;

    private String provinceCode;
    private FamilyForm form = new FamilyForm();
    private LocalDate visitOn = LocalDate.now();
    private String visitNote;
    private transient List<FosterFamily> list;

    public void search() {
        list = null;
    }

    public void edit(FosterFamily f) {
        form = FamilyForm.of(f);
    }

    public void clear() {
        form = new FamilyForm();
    }

    public void save() {
        try {
            families.save(form.family());
            form = new FamilyForm();
            list = null;
            Messages.info("children.family.saved");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void visit(long familyId) {
        try {
            families.homeVisit(familyId, visitOn, visitNote);
            visitNote = null;
            list = null;
            Messages.info("children.visit.saved");
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public List<FosterFamily> getList() {
        if (list == null) {
            list = families.families(provinceCode);
        }
        return list;
    }

    public FosterStatus[] getStatuses() {
        return FosterStatus.values();
    }

    public FamilyForm getForm() {
        return form;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public LocalDate getVisitOn() {
        return visitOn;
    }

    public void setVisitOn(LocalDate visitOn) {
        this.visitOn = visitOn;
    }

    public String getVisitNote() {
        return visitNote;
    }

    public void setVisitNote(String visitNote) {
        this.visitNote = visitNote;
    }
}
