package ma.gov.social.jisr.people.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.platform.api.PageRequest;

/**
 * Picks a person of the registry in a {@code p:autoComplete}: by the start of a family name or a whole CIN,
 * within the caller's territory (the persons service's own search). Held by the page's view bean.
 */
@Dependent
public class PersonPicker implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    private PersonService persons;

    private Choice chosen;
    private final Map<Long, Choice> offered = new HashMap<>();

    /** A person as the picker shows her: names in both scripts, birth year and CIN when known. */
    public record Choice(long id, String label) implements Serializable {
    }

    public List<Choice> complete(String text) {
        List<Choice> choices = persons.rows(new PersonFilter(text, null, null, null, null, null),
                PageRequest.first(SUGGESTIONS)).stream().map(PersonPicker::choice).toList();
        choices.forEach(c -> offered.put(c.id(), c));
        return choices;
    }

    private static Choice choice(PersonRow r) {
        Integer year = r.birthDate() != null ? Integer.valueOf(r.birthDate().getYear()) : r.birthYear();
        return new Choice(r.id(), r.firstNameAr() + " " + r.lastNameAr() + " / " + r.firstNameLatin() + " "
                + r.lastNameLatin() + (year == null ? "" : " (" + year + ")")
                + (r.nationalId() == null ? "" : " — " + r.nationalId()));
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
