package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;
import ma.gov.social.jisr.women.api.DashboardFigures;
import ma.gov.social.jisr.women.api.WomenDashboard;

/**
 * The regional dashboard: cases by kind of violence, channel, risk level and province, referrals by outcome;
 * each chart has its table (the same figures, for screen readers and printing). Counts only.
 */
@Named("womenDashboardView")
@ViewScoped
public class DashboardView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0b5e55", "#f79009", "#b42318", "#2e90fa", "#7a5af8", "#98a2b3",
        "#12b76a", "#ee46bc", "#667085"};

    @Inject
    private WomenDashboard dashboard;
    @Inject
    private ScopeLabel labels;

    private String region;
    private DashboardFigures figures;

    public void load() {
        figures = dashboard.figures(region == null || region.isBlank() ? null : region);
    }

    /** One line of a figures table: what is counted, in the screen's language, and how many. */
    public record Line(String label, long count) implements Serializable {
    }

    public List<Line> getKinds() {
        return lines(figures.byKind(), k -> Messages.text("violence." + k));
    }

    public List<Line> getChannels() {
        return lines(figures.byChannel(), k -> Messages.text("channel." + k));
    }

    public List<Line> getRisks() {
        return lines(figures.byRisk(), k -> Messages.text(k.isBlank() || "null".equals(k) ? "dashboard.notAssessed"
                : "risk." + k));
    }

    public List<Line> getProvinces() {
        return lines(figures.byProvince(), labels::provinceName);
    }

    public List<Line> getReferrals() {
        return lines(figures.referralsByStatus(), k -> Messages.text("referralStatus." + k));
    }

    private static List<Line> lines(Map<String, Long> counts, Function<String, String> label) {
        return counts == null ? List.of() : counts.entrySet().stream()
                .map(e -> new Line(label.apply(e.getKey() == null ? "" : e.getKey()), e.getValue())).toList();
    }

    public String getKindChart() {
        return chart("bar", getKinds());
    }

    public String getChannelChart() {
        return chart("bar", getChannels());
    }

    public String getRiskChart() {
        return chart("pie", getRisks());
    }

    public String getProvinceChart() {
        return chart("bar", getProvinces());
    }

    public String getReferralChart() {
        return chart("pie", getReferrals());
    }

    /** A Chart.js configuration; JSON-P escapes the labels. */
    private String chart(String type, List<Line> lines) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < lines.size(); i++) {
            names.add(lines.get(i).label());
            data.add(lines.get(i).count());
            colours.add(COLOURS[i % COLOURS.length]);
        }
        var legend = Json.createObjectBuilder().add("display", "pie".equals(type));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text("dashboard.cases"))
                                .add("backgroundColor", colours).add("data", data))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", legend)))
                .build().toString();
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
