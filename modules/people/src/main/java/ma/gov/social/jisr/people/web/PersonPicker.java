package ma.gov.social.jisr.people.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import ma.gov.social.jisr.people.api.PersonData;
import ma.gov.social.jisr.people.api.PersonFilter;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.people.api.PersonService;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.Picker;

/**
 * Picks a person of the registry: by the start of a family name or a whole CIN, within the caller's
 * territory (the persons service's own search). Held by the page's view bean.
 */
@Dependent
public class PersonPicker extends Picker {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    private PersonService persons;

    public List<Choice> complete(String text) {
        return offer(persons.rows(new PersonFilter(text, null, null, null, null, null),
                PageRequest.first(SUGGESTIONS)).stream().map(PersonPicker::choice).toList());
    }

    /** Starts from a person named by a link (her page's "register" or "new request"), within the territory. */
    public void choose(Long personId) {
        if (personId == null) {
            setChosen(null);
            return;
        }
        PersonData d = persons.get(personId).data();
        setChosen(new Choice(personId, d.firstNameAr() + " " + d.lastNameAr() + " / " + d.firstNameLatin() + " "
                + d.lastNameLatin() + (d.birthYear() == null ? "" : " (" + d.birthYear() + ")")
                + (d.nationalId() == null ? "" : " — " + d.nationalId())));
    }

    /** Names in both scripts, birth year and CIN when known. */
    private static Choice choice(PersonRow r) {
        Integer year = r.birthDate() != null ? Integer.valueOf(r.birthDate().getYear()) : r.birthYear();
        return new Choice(r.id(), r.firstNameAr() + " " + r.lastNameAr() + " / " + r.firstNameLatin() + " "
                + r.lastNameLatin() + (year == null ? "" : " (" + year + ")")
                + (r.nationalId() == null ? "" : " — " + r.nationalId()));
    }
}
