package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import ma.gov.social.jisr.funding.api.CallDetails;
import ma.gov.social.jisr.funding.api.CallService;
import ma.gov.social.jisr.funding.api.FundingTotals;
import ma.gov.social.jisr.funding.api.FundingTotals.By;
import ma.gov.social.jisr.funding.api.TotalRow;
import ma.gov.social.jisr.platform.api.export.ExportFormat;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;

/**
 * Submitted, selected, requested, granted and paid within the user's territory, for one call or all, grouped
 * by call, domain, region or province; the same figures on screen, in Excel and in PDF.
 */
@Named
@ViewScoped
public class TotalsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FundingTotals totals;
    @Inject
    private CallService callService;
    @Inject
    private ScopeLabel places;
    @Inject
    private LocaleSelector localeSelector;

    private Long callId;
    private By by = By.CALL;
    // records of the api are not serializable: read again if the view is restored from elsewhere
    private transient List<CallDetails> calls;
    private transient List<TotalRow> rows;
    private transient TotalRow total;

    /** The call or the grouping changed: the figures are read again, once. */
    public void regroup() {
        rows = null;
    }

    public List<TotalRow> getRows() {
        if (rows == null) {
            rows = totals.totals(callId, by);
            total = TotalRow.sum(rows);
        }
        return rows;
    }

    public TotalRow getTotal() {
        getRows();
        return total;
    }

    /** The group's name in the screen's language: a call's reference and title, a domain, a region, a province. */
    public String label(TotalRow r) {
        if (r == total) {
            return Messages.text("totals.total");
        }
        if (r.key() == null) {
            return "—";
        }
        return switch (by) {
            case CALL -> getCalls().stream().filter(c -> c.data().reference().equals(r.key())).findFirst()
                    .map(c -> r.key() + " — " + c.data().title(localeSelector.getLanguage())).orElse(r.key());
            case DOMAIN -> Messages.text("domain." + r.key());
            case REGION -> places.regionName(r.key());
            case PROVINCE -> places.provinceName(r.key());
        };
    }

    public String money(Dirhams amount) {
        return amount.format(localeSelector.getLocale());
    }

    /** Chart.js configuration of requested, granted and paid per group; JSON-P escapes the names. */
    public String getChart() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        getRows().forEach(r -> names.add(label(r)));
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(series("totals.requested", "#98a2b3", TotalRow::requested))
                .add(series("totals.granted", "#0b5e55", TotalRow::granted))
                .add(series("totals.paid", "#f79009", TotalRow::paid));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder series(String key, String colour, Function<TotalRow, Dirhams> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        getRows().forEach(r -> data.add(value.apply(r).amount()));
        return Json.createObjectBuilder().add("label", Messages.text(key)).add("backgroundColor", colour)
                .add("data", data);
    }

    public void exportExcel() throws IOException {
        Downloads.send("jisr-funding-totals-" + slug() + "-" + LocalDate.now() + ".xlsx", ExportFormat.XLSX.contentType(),
                out -> totals.export(callId, by, FundingTotals.Format.XLSX, localeSelector.getLocale(), out));
    }

    public void exportPdf() throws IOException {
        Downloads.send("jisr-funding-totals-" + slug() + "-" + LocalDate.now() + ".pdf", "application/pdf",
                out -> totals.export(callId, by, FundingTotals.Format.PDF, localeSelector.getLocale(), out));
    }

    /** Plain ASCII, as download names must be. */
    private String slug() {
        return by.name().toLowerCase(Locale.ROOT) + (callId == null ? "" : "-call" + callId);
    }

    public List<CallDetails> getCalls() {
        if (calls == null) {
            calls = callService.calls();
        }
        return calls;
    }

    public By[] getGroupings() {
        return By.values();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public By getBy() {
        return by;
    }

    public void setBy(By by) {
        this.by = by == null ? By.CALL : by;
    }
}
