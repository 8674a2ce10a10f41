package ma.gov.social.jisr.children.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.gov.social.jisr.children.api.PeriodicReport;
import ma.gov.social.jisr.children.api.PeriodicReport.PilotRow;
import ma.gov.social.jisr.platform.api.export.FiguresReport;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Chart;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Line;
import ma.gov.social.jisr.platform.api.export.FiguresReport.Section;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.platform.web.support.ScopeLabel;

/** The periodic report in the reader's language: the same sections on the screen, in Excel and in PDF. */
final class ReportSections {
    private ReportSections() {
    }

    static FiguresReport of(PeriodicReport r, List<PilotRow> pilots, ScopeLabel places) {
        String children = Messages.text("report.children");
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(Messages.text("report.summary"), Messages.text("report.what"), List.of(children),
                List.of(Line.of(Messages.text("report.identified"), r.identified()),
                        Line.of(Messages.text("report.opened"), r.opened()),
                        Line.of(Messages.text("report.closed"), r.closed()),
                        Line.of(Messages.text("report.openAtEnd"), r.openAtEnd())), Chart.NONE));
        sections.add(section("report.bySituation", r.bySituation(), k -> Messages.text("situation." + k), Chart.BAR));
        sections.add(section("report.byAge", r.byAgeBand(), k -> Messages.text("report.age", k), Chart.BAR));
        sections.add(section("report.bySex", r.bySex(), k -> Messages.text("report.sex." + k), Chart.PIE));
        sections.add(section("report.measures", r.measuresByKind(), k -> Messages.text("measure." + k), Chart.BAR));
        sections.add(section("report.placements", r.placementsByKind(), k -> Messages.text("placement." + k),
                Chart.BAR));
        sections.add(section("report.inPlacement", r.inPlacementAtEnd(), k -> Messages.text("placement." + k),
                Chart.PIE));
        sections.add(section("report.outcomes", r.closedByReason(), k -> Messages.text("closeReason." + k), Chart.BAR));
        sections.add(section("report.delays", r.delays().byBand(), k -> Messages.text("report.delay." + k),
                Chart.BAR));
        sections.add(new Section(Messages.text("report.delayFigures"), Messages.text("report.what"),
                List.of(Messages.text("report.days")), List.of(
                        Line.of(Messages.text("report.withMeasure"), r.delays().withMeasure()),
                        Line.of(Messages.text("report.averageDays"), r.delays().averageDays()),
                        Line.of(Messages.text("report.longestDays"), r.delays().longestDays())), Chart.NONE));
        sections.add(section("report.flags", r.flags(), k -> Messages.text("flag." + k.substring(0, k.indexOf('.')))
                + " · " + Messages.text("flag.level." + k.substring(k.indexOf('.') + 1)), Chart.BAR));
        sections.add(section("report.flagActions", r.flagActions(), k -> Messages.text("flag.action." + k), Chart.BAR));
        sections.add(section("report.flagOutcomes", r.flagOutcomes(), k -> Messages.text("flag.outcome." + k),
                Chart.PIE));
        if (pilots != null && !pilots.isEmpty()) {
            sections.add(pilots(pilots, places));
        }
        List<String> where = new ArrayList<>();
        where.add(String.join(", ", r.provinces().stream().map(places::provinceName).toList()));
        where.add(Messages.text("report.period", r.from().toString(), r.to().toString()));
        return new FiguresReport(Messages.text("report.title"), where, sections);
    }

    private static Section section(String title, Map<String, Long> counts, Function<String, String> label,
                                   Chart chart) {
        List<Line> lines = counts.entrySet().stream().map(e -> Line.of(label.apply(e.getKey()), e.getValue()))
                .toList();
        return new Section(Messages.text(title), Messages.text(title + ".label"),
                List.of(Messages.text("report.children")), lines, chart);
    }

    /** The national view: one line a pilot province. */
    private static Section pilots(List<PilotRow> rows, ScopeLabel places) {
        List<String> headers = List.of("report.identified", "report.opened", "report.closed", "report.openAtEnd",
                "report.measuresShort", "report.inPlacementShort", "report.averageDays", "flag.EARLY_MARRIAGE",
                "flag.SCHOOL_DROPOUT").stream().map(Messages::text).toList();
        List<Line> lines = rows.stream().map(p -> new Line(places.provinceName(p.provinceCode()), List.of(
                p.identified(), p.opened(), p.closed(), p.openAtEnd(), p.measures(), p.inPlacement(),
                p.averageDelayDays(), p.earlyMarriage(), p.schoolDropout()))).toList();
        return new Section(Messages.text("report.pilots"), Messages.text("report.province"), headers, lines,
                Chart.NONE);
    }
}
