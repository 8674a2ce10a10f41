package ma.gov.social.jisr.upgrades.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToLongFunction;
import ma.gov.social.jisr.upgrades.api.DashboardRow;
import ma.gov.social.jisr.upgrades.api.DashboardService;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;

/** Target vs approved vs finished, budget planned vs spent: per region, nationally, year over year. */
@Named
@ViewScoped
public class DashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService dashboard;
    @Inject
    private ScopeLabel labels;

    private Integer year;
    private List<DashboardRow> regions;
    private List<DashboardRow> years;

    public void load() {
        regions = dashboard.regions(year == null ? 0 : year);
        years = dashboard.years();
    }

    /** Chart.js configuration of the regions' bars; JSON-P escapes the region names. */
    public String getRegionChart() {
        List<DashboardRow> rows = regions.subList(0, regions.size() - 1);
        JsonArrayBuilder names = Json.createArrayBuilder();
        rows.forEach(r -> names.add(labels.regionName(r.regionCode())));
        return chart(names, rows, DashboardRow::target, DashboardRow::approved, DashboardRow::finished);
    }

    public String getYearChart() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        years.forEach(r -> names.add(String.valueOf(r.year())));
        return chart(names, years, DashboardRow::target, DashboardRow::approved, DashboardRow::finished);
    }

    @SafeVarargs
    private String chart(JsonArrayBuilder names, List<DashboardRow> rows, ToLongFunction<DashboardRow>... series) {
        String[] keys = {"dashboard.target", "dashboard.approved", "dashboard.finished"};
        String[] colours = {"#98a2b3", "#0b5e55", "#f79009"};
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (int i = 0; i < series.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            ToLongFunction<DashboardRow> value = series[i];
            rows.forEach(r -> data.add(value.applyAsLong(r)));
            sets.add(Json.createObjectBuilder().add("label", Messages.text(keys[i])).add("backgroundColor", colours[i])
                    .add("data", data));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false))
                .build().toString();
    }

    public void exportExcel() throws IOException {
        export(DashboardService.Format.XLSX, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public void exportPdf() throws IOException {
        export(DashboardService.Format.PDF, "pdf", "application/pdf");
    }

    private void export(DashboardService.Format format, String extension, String contentType) throws IOException {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Downloads.send("jisr-upgrades-" + year + "." + extension, contentType,
                out -> dashboard.export(year, format, locale, out));
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<DashboardRow> getRegions() {
        return regions;
    }

    public List<DashboardRow> getYears() {
        return years;
    }
}
