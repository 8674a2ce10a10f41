package ma.gov.social.jisr.children.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import ma.gov.social.jisr.children.api.DangerLevel;

/** How the children's screens show a danger level: a colour that says it before the word does. */
@Named
@ApplicationScoped
public class ChildLooks {
    public List<String> getDangers() {
        return Arrays.stream(DangerLevel.values()).map(Enum::name).toList();
    }

    /** The inline style of a danger level's badge (the level's name, as the case keeps its triage). */
    public String danger(Object level) {
        String colours = switch (level == null ? "" : level.toString()) {
            case "LOW" -> "background:#d1fadf;color:#05603a";
            case "MODERATE" -> "background:#fef0c7;color:#93370d";
            case "HIGH" -> "background:#fdd8b5;color:#9c2a10";
            case "IMMEDIATE" -> "background:#b42318;color:#fff";
            default -> "";
        };
        return colours.isEmpty() ? "" : colours + ";padding:.1rem .6rem;border-radius:1rem;font-weight:bold";
    }
}
