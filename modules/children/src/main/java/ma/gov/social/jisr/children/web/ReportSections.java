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

    static FiguresReport of(PeriodicReport r, ScopeLabel places) {
        String children = Messages.text("periodic.children");
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(Messages.text("periodic.summary"), Messages.text("periodic.what"), List.of(children),
                List.of(Line.of(Messages.text("periodic.identified"), r.identified()),
                        Line.of(Messages.text("periodic.opened"), r.opened()),
                        Line.of(Messages.text("periodic.closed"), r.closed()),
                        Line.of(Messages.text("periodic.openAtEnd"), r.openAtEnd())), Chart.NONE));
        sections.add(section("periodic.bySituation", r.bySituation(), k -> Messages.text("situation." + k), Chart.BAR));
        sections.add(section("periodic.byAge", r.byAgeBand(), k -> Messages.text("periodic.age", k), Chart.BAR));
        sections.add(section("periodic.bySex", r.bySex(), k -> Messages.text("periodic.sex." + k), Chart.PIE));
        sections.add(section("periodic.measures", r.measuresByKind(), k -> Messages.text("measure." + k), Chart.BAR));
        sections.add(section("periodic.placements", r.placementsByKind(), k -> Messages.text("placement." + k),
                Chart.BAR));
        sections.add(section("periodic.inPlacement", r.inPlacementAtEnd(), k -> Messages.text("placement." + k),
                Chart.PIE));
        sections.add(section("periodic.outcomes", r.closedByReason(), k -> Messages.text("closeReason." + k), Chart.BAR));
        sections.add(section("periodic.delays", r.delays().byBand(), k -> Messages.text("periodic.delay." + k),
                Chart.BAR));
        sections.add(new Section(Messages.text("periodic.delayFigures"), Messages.text("periodic.what"),
                List.of(Messages.text("periodic.days")), List.of(
                        Line.of(Messages.text("periodic.withMeasure"), r.delays().withMeasure()),
                        Line.of(Messages.text("periodic.averageDays"), r.delays().averageDays()),
                        Line.of(Messages.text("periodic.longestDays"), r.delays().longestDays())), Chart.NONE));
        sections.add(section("periodic.flags", r.flags(), k -> Messages.text("flag." + k.substring(0, k.indexOf('.')))
                + " · " + Messages.text("flag.level." + k.substring(k.indexOf('.') + 1)), Chart.BAR));
        sections.add(section("periodic.flagActions", r.flagActions(), k -> Messages.text("flag.action." + k), Chart.BAR));
        sections.add(section("periodic.flagOutcomes", r.flagOutcomes(), k -> Messages.text("flag.outcome." + k),
                Chart.PIE));
        if (!r.pilots().isEmpty()) {
            sections.add(pilots(r.pilots(), places));
        }
        List<String> where = new ArrayList<>();
        where.add(String.join(", ", r.provinces().stream().map(places::provinceName).toList()));
        where.add(Messages.text("periodic.period", r.from().toString(), r.to().toString()));
        return new FiguresReport(Messages.text("periodic.title"), where, sections);
    }

    private static Section section(String title, Map<String, Long> counts, Function<String, String> label,
                                   Chart chart) {
        List<Line> lines = counts.entrySet().stream().map(e -> Line.of(label.apply(e.getKey()), e.getValue()))
                .toList();
        return new Section(Messages.text(title), Messages.text(title + ".label"),
                List.of(Messages.text("periodic.children")), lines, chart);
    }

    /** The national view: one line a pilot province. */
    private static Section pilots(List<PilotRow> rows, ScopeLabel places) {
        List<String> headers = List.of("periodic.identified", "periodic.opened", "periodic.closed", "periodic.openAtEnd",
                "periodic.measuresShort", "periodic.inPlacementShort", "periodic.averageDays", "flag.EARLY_MARRIAGE",
                "flag.SCHOOL_DROPOUT").stream().map(Messages::text).toList();
        List<Line> lines = rows.stream().map(p -> new Line(places.provinceName(p.provinceCode()), List.of(
                p.identified(), p.opened(), p.closed(), p.openAtEnd(), p.measures(), p.inPlacement(),
                p.averageDelayDays(), p.earlyMarriage(), p.schoolDropout()))).toList();
        return new Section(Messages.text("periodic.pilots"), Messages.text("periodic.province"), headers, lines,
                Chart.NONE);
    }
}
