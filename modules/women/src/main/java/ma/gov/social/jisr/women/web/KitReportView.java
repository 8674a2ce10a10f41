package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import ma.gov.social.jisr.platform.api.export.FiguresReport;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Chart;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Line;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PeriodFigures;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;
import ma.gov.social.jisr.women.api.KitFigures;
import ma.gov.social.jisr.women.api.KitFigures.Count;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitService;

/**
 * The Salama kit report of a period: kits received, allocated and distributed (by category, region, province
 * and partner) and on hand, each as a chart beside its table; the same report in Excel and PDF.
 */
@Named
@ViewScoped
public class KitReportView extends PeriodFigures {
    private static final long serialVersionUID = 1L;

    @Inject
    private KitService kits;
    @Inject
    private ScopeLabel places;

    private String regionCode;
    private KitKind kind;

    public KitReportView() {
        super(LocalDate.of(2020, 1, 1));
    }

    @Override
    protected FiguresReport build() {
        return report(kits.figures(regionCode, kind, getFrom(), getTo()));
    }

    private FiguresReport report(KitFigures f) {
        String kits = Messages.text("kits.quantity");
        List<String> one = List.of(kits);
        Section summary = new Section(Messages.text("kitReport.summary"), Messages.text("kits.move"), one, List.of(
                Line.of(Messages.text("kitMove.RECEIPT"), f.received()),
                Line.of(Messages.text("kitMove.TRANSFER"), f.transferred()),
                Line.of(Messages.text("kitMove.ALLOCATION"), f.allocated()),
                Line.of(Messages.text("kitMove.DISTRIBUTION"), f.distributed()),
                Line.of(Messages.text("kitReport.onHand"), f.onHand())), Chart.NONE);
        Section byKind = new Section(Messages.text("kitReport.byKind"), Messages.text("kits.kitKind"), List.of(
                Messages.text("kitMove.RECEIPT"), Messages.text("kitMove.ALLOCATION"),
                Messages.text("kitMove.DISTRIBUTION"), Messages.text("kitReport.onHand")), f.byKind().stream()
                .map(k -> new Line(Messages.text("kitKind." + k.kind()), List.of(k.received(), k.allocated(),
                        k.distributed(), k.onHand()))).toList(), Chart.BAR);
        String region = Messages.text("kitReport.region");
        String province = Messages.text("kitReport.province");
        return new FiguresReport(Messages.text("kitReport.title"), List.of(Messages.text("kitReport.period",
                getFrom(), getTo())
                + (regionCode == null ? "" : " · " + places.regionName(regionCode))
                + (kind == null ? "" : " · " + Messages.text("kitKind." + kind))), List.of(summary, byKind,
                section("kitReport.receivedByRegion", region, f.receivedByRegion(), places::regionName, Chart.BAR),
                section("kitReport.allocatedByProvince", province, f.allocatedByProvince(), places::provinceName,
                        Chart.BAR),
                section("kitReport.byCategory", Messages.text("kits.category"), f.distributedByCategory(),
                        c -> Messages.text("kitCategory." + c), Chart.PIE),
                section("kitReport.distributedByRegion", region, f.distributedByRegion(), places::regionName,
                        Chart.BAR),
                section("kitReport.distributedByProvince", province, f.distributedByProvince(),
                        places::provinceName, Chart.BAR),
                section("kitReport.byPartner", Messages.text("kits.holder"), f.distributedByPartner(), null,
                        Chart.NONE),
                section("kitReport.onHandByRegion", region, f.onHandByRegion(), places::regionName, Chart.BAR)));
    }

    private static Section section(String title, String header, List<Count> counts, Function<String, String> label,
                                   Chart chart) {
        return new Section(Messages.text(title), header, List.of(Messages.text("kits.quantity")), counts.stream()
                .map(c -> Line.of(label == null ? c.name() : label.apply(c.key()), c.value())).toList(), chart);
    }

    @Override
    protected void exporting(String format) {
        kits.exporting(regionCode, getFrom(), getTo(), format);
    }

    @Override
    protected String fileName() {
        return "jisr-salama-kits-" + (regionCode == null ? "all" : regionCode) + "-" + getFrom() + "-" + getTo();
    }

    public KitKind[] getKinds() {
        return KitKind.values();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode;
    }

    public KitKind getKind() {
        return kind;
    }

    public void setKind(KitKind kind) {
        this.kind = kind;
    }

}
