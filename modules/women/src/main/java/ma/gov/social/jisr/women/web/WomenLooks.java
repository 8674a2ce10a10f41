package ma.gov.social.jisr.women.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the women's screens show a risk level: a colour that says it before the word does. */
@Named
@ApplicationScoped
public class WomenLooks {
    /** The inline style of a risk level's badge (the level's name, as the case keeps its triage). */
    public String risk(Object level) {
        String name = level == null ? "" : level.toString();
        String colours = switch (name) {
            case "LOW" -> "background:#d1fadf;color:#05603a";
            case "MEDIUM" -> "background:#fef0c7;color:#93370d";
            case "HIGH" -> "background:#fdd8b5;color:#9c2a10";
            case "IMMEDIATE_DANGER" -> "background:#b42318;color:#fff";
            default -> "";
        };
        return colours.isEmpty() ? "" : colours + ";padding:.1rem .6rem;border-radius:1rem;font-weight:bold";
    }
}
