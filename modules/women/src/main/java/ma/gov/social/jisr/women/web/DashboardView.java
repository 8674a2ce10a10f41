package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.gov.social.jisr.platform.web.support.Charts;
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

    private String chart(String type, List<Line> lines) {
        return Charts.of(type, lines.stream().map(Line::label).toList(), List.of(new Charts.Series(
                Messages.text("dashboard.cases"), lines.stream().map(Line::count).toList())));
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
