package ma.gov.social.jisr.platform.api.export;

import java.util.List;

/**
 * A report of counts in sections (a title, a table, a chart), written to Excel or PDF by
 * {@link FiguresWriter}. It holds only words and whole numbers: labels are already in the reader's language.
 */
public record FiguresReport(String title, List<String> subtitles, List<Section> sections) {
    /** The colours of every chart, on the screen (Charts) and in print, in the order of the series. */
    public static final List<String> COLOURS = List.of("#0b5e55", "#f79009", "#b42318", "#2e90fa", "#7a5af8",
            "#98a2b3", "#12b76a", "#ee46bc", "#667085");

    public enum Chart {
        NONE, BAR, PIE
    }

    /** A table whose first column names what is counted and whose other columns are counts. */
    public record Section(String title, String labelHeader, List<String> valueHeaders, List<Line> lines,
                          Chart chart) {
        public Section {
            for (Line line : lines) {
                if (line.values().size() != valueHeaders.size()) {
                    throw new IllegalArgumentException(line.values().size() + " values under " + valueHeaders.size()
                            + " headers in " + title);
                }
            }
        }
    }

    public record Line(String label, List<Long> values) {
        public static Line of(String label, long value) {
            return new Line(label, List.of(value));
        }
    }
}
