package ma.gov.social.jisr.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ma.gov.social.jisr.casework.api.CaseFilter;
import ma.gov.social.jisr.casework.api.CaseRow;
import ma.gov.social.jisr.casework.api.CaseService;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/**
 * A social module's case list ("/<module>/cases", the module is the page's folder): the cases of the user's
 * territory, newest first, names for the cases the user handles and initials for the others, counted once
 * per search; the export without names for the module's export roles.
 */
@Named
@ViewScoped
public class CaseListBoard implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    private String module;
    private String provinceCode;
    private CaseStep step;
    private String triage;
    private boolean mine;
    private String reference;
    private PagedModel<CaseRow> model;

    @PostConstruct
    void init() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        module = view.substring(1, view.indexOf('/', 1));
        model = new PagedModel<>(page -> cases.rows(filter(), page), () -> cases.count(filter()),
                r -> Long.toString(r.id()));
    }

    private CaseFilter filter() {
        String ref = reference == null || reference.isBlank() ? null : reference.strip().toUpperCase();
        return new CaseFilter(module, null, provinceCode, step, triage == null || triage.isBlank() ? null : triage,
                mine, ref);
    }

    public void search() {
        model.refresh();
    }

    public boolean isCountCapped() {
        return model.getTotal() > CaseService.COUNT_LIMIT;
    }

    public void exportCsv() throws IOException {
        export(ExportFormat.CSV);
    }

    public void exportExcel() throws IOException {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) throws IOException {
        try {
            Downloads.send(module + "-cases", format, out -> cases.export(filter(), format, out));
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public String getModule() {
        return module;
    }

    public CaseStep[] getSteps() {
        return CaseStep.values();
    }

    public PagedModel<CaseRow> getModel() {
        return model;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public CaseStep getStep() {
        return step;
    }

    public void setStep(CaseStep step) {
        this.step = step;
    }

    public String getTriage() {
        return triage;
    }

    public void setTriage(String triage) {
        this.triage = triage;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
