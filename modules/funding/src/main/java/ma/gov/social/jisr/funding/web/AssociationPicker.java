package ma.gov.social.jisr.funding.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.AssociationDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;

/**
 * The one way a screen picks a partner association (a submission's, a centre's managing one, a kit's
 * recipient): a {@code p:autoComplete} over the associations of the user's territory, by name or registration
 * number. Held by the page's view bean, which reads {@link #getChosen()}.
 */
@Dependent
public class AssociationPicker implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    private AssociationDirectory directory;
    @Inject
    private CurrentUser me;
    @Inject
    private LocaleSelector locale;

    private Choice chosen;
    /** The associations last offered, so that the one picked is read back without another query. */
    private final Map<Long, Choice> offered = new HashMap<>();

    /** An association as the picker shows it: its name in the reader's script and its registration number. */
    public record Choice(long id, String label) implements Serializable {
    }

    public List<Choice> complete(String text) {
        List<Choice> choices = directory.find(text, me.scope(), SUGGESTIONS).stream().map(this::choice).toList();
        choices.forEach(c -> offered.put(c.id(), c));
        return choices;
    }

    /** Starts the picker on an association already chosen (the page opened with it); unknown ids are ignored. */
    public void choose(Long associationId) {
        chosen = associationId == null ? null : directory.card(associationId).map(this::choice).orElse(null);
    }

    public Long chosenId() {
        return chosen == null ? null : chosen.id();
    }

    private Choice choice(AssociationCard card) {
        return new Choice(card.id(), card.name("ar".equals(locale.getLanguage())) + " — " + card.registrationNo());
    }

    /** The picker sends the id; the choice is one just offered (or the one the page opened with). */
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
