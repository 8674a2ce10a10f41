package ma.gov.social.jisr.platform.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every {@code p:autoComplete} picker of a record keeps: the choice made, the choices last offered (so
 * the one picked is read back without another query) and the converter that sends a choice as its id.
 * A module's picker extends it and says how to offer choices.
 */
public abstract class Picker implements Serializable {
    private static final long serialVersionUID = 1L;

    private Choice chosen;
    private final Map<Long, Choice> offered = new HashMap<>();

    /** A record as a picker shows it: its id and a label in the reader's script. */
    public record Choice(long id, String label) implements Serializable {
    }

    /** Remembers the choices offered for a text, and returns them. */
    protected final List<Choice> offer(List<Choice> choices) {
        choices.forEach(c -> offered.put(c.id(), c));
        return choices;
    }

    public Long chosenId() {
        return chosen == null ? null : chosen.id();
    }

    public Converter<Choice> getConverter() {
        return new Converter<>() {
            @Override
            public Choice getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || !value.matches("\\d{1,18}")) {
                    return null;
                }
                long id = Long.parseLong(value);
                return chosen != null && chosen.id() == id ? chosen : offered.get(id);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Choice value) {
                return value == null ? "" : Long.toString(value.id());
            }
        };
    }

    public Choice getChosen() {
        return chosen;
    }

    public void setChosen(Choice chosen) {
        this.chosen = chosen;
    }
}
