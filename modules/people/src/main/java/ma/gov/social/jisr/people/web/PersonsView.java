package ma.gov.social.jisr.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.PagedModel;

/** The persons of the user's territory; the count runs once per search, pages read an index only. */
@Named
@ViewScoped
public class PersonsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PersonService persons;

    private String text;
    private String regionCode;
    private String provinceCode;
    private Sex sex;
    private Integer bornFrom;
    private Integer bornTo;
    private PagedModel<PersonRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> persons.rows(filter(), page), () -> persons.count(filter()),
                p -> Long.toString(p.id()));
    }

    private PersonFilter filter() {
        return new PersonFilter(text, regionCode, provinceCode, sex, bornFrom, bornTo);
    }

    public void search() {
        model.refresh();
    }

    /** "More than 100,000" rather than a slow exact count. */
    public boolean isCountCapped() {
        return model.getTotal() > PersonService.COUNT_LIMIT;
    }

    public void exportCsv() throws IOException {
        Downloads.send("persons", ExportFormat.CSV, out -> persons.export(filter(), ExportFormat.CSV, out));
    }

    public void exportExcel() throws IOException {
        Downloads.send("persons", ExportFormat.XLSX, out -> persons.export(filter(), ExportFormat.XLSX, out));
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public PagedModel<PersonRow> getModel() {
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

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Integer getBornFrom() {
        return bornFrom;
    }

    public void setBornFrom(Integer bornFrom) {
        this.bornFrom = bornFrom;
    }

    public Integer getBornTo() {
        return bornTo;
    }

    public void setBornTo(Integer bornTo) {
        this.bornTo = bornTo;
    }
}
