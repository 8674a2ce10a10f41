package ma.gov.social.jisr.centres.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ma.gov.social.jisr.centres.api.CentreFilter;
import ma.gov.social.jisr.centres.api.CentreRow;
import ma.gov.social.jisr.centres.api.CentreService;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.Condition;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/** The centres of the user's territory: filtered, sorted and paged in the database; exported as they are filtered. */
@Named
@ViewScoped
public class CentresView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CentreService centres;

    private String text;
    private String regionCode;
    private String provinceCode;
    private CentreType type;
    private CentreStatus status;
    private ManagingBody managingBody;
    private Condition condition;
    private PagedModel<CentreRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> centres.rows(filter(), page), () -> centres.count(filter()),
                c -> Long.toString(c.id()));
    }

    private CentreFilter filter() {
        return new CentreFilter(text, regionCode, provinceCode, type, status, managingBody, condition);
    }

    public void search() {
        model.refresh();
    }

    public void exportCsv() throws IOException {
        Downloads.send("centres", ExportFormat.CSV, out -> centres.export(filter(), ExportFormat.CSV, out));
    }

    public void exportExcel() throws IOException {
        Downloads.send("centres", ExportFormat.XLSX, out -> centres.export(filter(), ExportFormat.XLSX, out));
    }

    public CentreType[] getTypes() {
        return CentreType.values();
    }

    public CentreStatus[] getStatuses() {
        return CentreStatus.values();
    }

    public ManagingBody[] getBodies() {
        return ManagingBody.values();
    }

    public Condition[] getConditions() {
        return Condition.values();
    }

    public PagedModel<CentreRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public CentreType getType() {
        return type;
    }

    public void setType(CentreType type) {
        this.type = type;
    }

    public CentreStatus getStatus() {
        return status;
    }

    public void setStatus(CentreStatus status) {
        this.status = status;
    }

    public ManagingBody getManagingBody() {
        return managingBody;
    }

    public void setManagingBody(ManagingBody managingBody) {
        this.managingBody = managingBody;
    }

    public Condition getCondition() {
        return condition;
    }

    public void setCondition(Condition condition) {
        this.condition = condition;
    }
}
