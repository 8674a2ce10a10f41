package ma.gov.social.jisr.platform.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import ma.gov.social.jisr.platform.api.export.FiguresReport;

/**
 * The Chart.js configuration of a screen's chart (p:chart), built with JSON-P so that every label is escaped.
 * Every dashboard's chart comes from here, in the same colours.
 */
public final class Charts {
    private static final String[] COLOURS = FiguresReport.COLOURS.toArray(String[]::new);

    private Charts() {
    }

    /** One series of values, named, in its colour (a bar chart) or one colour a value (a pie). */
    public record Series(String name, List<Long> values) {
    }

    /** type is "bar" or "pie"; a pie takes the first series only and colours each slice. */
    public static String of(String type, List<String> labels, List<Series> series) {
        boolean pie = "pie".equals(type);
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (int s = 0; s < (pie ? Math.min(1, series.size()) : series.size()); s++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(s).values().forEach(data::add);
            JsonArrayBuilder colours = Json.createArrayBuilder();
            for (int i = 0; i < labels.size(); i++) {
                colours.add(COLOURS[(pie ? i : s) % COLOURS.length]);
            }
            sets.add(Json.createObjectBuilder().add("label", series.get(s).name()).add("backgroundColor", colours)
                    .add("data", data));
        }
        var legend = Json.createObjectBuilder().add("display", pie || series.size() > 1);
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", legend)))
                .build().toString();
    }
}
