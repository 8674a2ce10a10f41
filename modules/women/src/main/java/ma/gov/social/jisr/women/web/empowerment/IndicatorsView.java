package ma.gov.social.jisr.women.web.empowerment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import ma.gov.social.jisr.platform.api.export.FiguresReport;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Chart;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Line;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.PeriodFigures;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;
import ma.gov.social.jisr.women.api.empowerment.EmpowermentFigures;
import ma.gov.social.jisr.women.api.empowerment.ProjectRequestService;

/**
 * The empowerment indicators of a period: a table of every figure with its total, then charts per region
 * (a national view) or per province (a region's); the same report in Excel and PDF.
 */
@Named
@ViewScoped
public class IndicatorsView extends PeriodFigures {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectRequestService requests;
    @Inject
    private ScopeLabel places;

    private String regionCode;

    public IndicatorsView() {
        super(LocalDate.of(2020, 1, 1));
    }

    @Override
    protected FiguresReport build() {
        return report(requests.figures(regionCode, getFrom(), getTo()));
    }

    private FiguresReport report(EmpowermentFigures f) {
        // a national view's lines are regions; a region's (chosen, or the caller's own) are its provinces
        String where = Messages.text(f.byRegion() ? "emp.ind.region" : "emp.ind.province");
        Function<EmpowermentFigures.Line, String> label = f.byRegion()
                ? l -> places.regionName(l.code()) : l -> places.provinceName(l.code());
        List<Line> summary = new ArrayList<>(f.lines().stream().map(l -> new Line(label.apply(l), all(l))).toList());
        summary.add(new Line(Messages.text("emp.ind.total"), all(f.total())));
        List<String> headers = texts("emp.ind.selfEmployed", "emp.ind.cooperativeMembers", "emp.ind.requests",
                "emp.ind.accepted", "emp.ind.financed", "emp.ind.financedAmount", "emp.ind.trained",
                "emp.ind.launched", "emp.ind.activeAfterYear");
        return new FiguresReport(Messages.text("nav.women.emp.indicators"), List.of(Messages.text("emp.ind.between",
                getFrom(), getTo()) + (regionCode == null ? "" : " · " + places.regionName(regionCode))), List.of(
                new Section(Messages.text("emp.ind.summary"), where, headers, summary, Chart.NONE),
                section(f, "emp.ind.registeredByKind", where, label, List.of("emp.ind.selfEmployed",
                        "emp.ind.cooperativeMembers"), l -> List.of(l.selfEmployed(), l.cooperativeMembers())),
                section(f, "emp.ind.requestsOutcome", where, label, List.of("emp.ind.requests", "emp.ind.accepted",
                        "emp.ind.financed"), l -> List.of(l.requests(), l.accepted(), l.financed())),
                section(f, "emp.ind.training", where, label, List.of("emp.ind.trained"),
                        l -> List.of(l.trained())),
                section(f, "emp.ind.projects", where, label, List.of("emp.ind.launched", "emp.ind.activeAfterYear"),
                        l -> List.of(l.launched(), l.activeAfterYear()))));
    }

    private static List<Long> all(EmpowermentFigures.Line l) {
        return List.of(l.selfEmployed(), l.cooperativeMembers(), l.requests(), l.accepted(), l.financed(),
                wholeDirhams(l.financedAmount()), l.trained(), l.launched(), l.activeAfterYear());
    }

    /** A report holds whole numbers only: the amount is shown to the nearest dirham. */
    private static long wholeDirhams(Dirhams amount) {
        return amount == null ? 0 : amount.amount().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Section section(EmpowermentFigures f, String title, String where,
                                   Function<EmpowermentFigures.Line, String> label, List<String> headers,
                                   Function<EmpowermentFigures.Line, List<Long>> values) {
        return new Section(Messages.text(title), where, texts(headers.toArray(String[]::new)), f.lines().stream()
                .map(l -> new Line(label.apply(l), values.apply(l))).toList(), Chart.BAR);
    }

    private static List<String> texts(String... keys) {
        return java.util.Arrays.stream(keys).map(Messages::text).toList();
    }

    @Override
    protected void exporting(String format) {
        requests.exporting(regionCode, getFrom(), getTo(), format);
    }

    @Override
    protected String fileName() {
        return "jisr-empowerment-" + (regionCode == null ? "all" : regionCode) + "-" + getFrom() + "-" + getTo();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode;
    }

}
