package ma.gov.social.jisr.funding.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import ma.gov.social.jisr.funding.api.AssociationCard;
import ma.gov.social.jisr.funding.api.AssociationDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.web.support.LocaleSelector;
import ma.gov.social.jisr.platform.web.support.Picker;

/**
 * The one way a screen picks a partner association (a submission's, a centre's managing one): over the
 * associations of the user's territory, by name or registration number. Held by the page's view bean.
 */
@Dependent
public class AssociationPicker extends Picker {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    private AssociationDirectory directory;
    @Inject
    private CurrentUser me;
    @Inject
    private LocaleSelector locale;

    public List<Choice> complete(String text) {
        return offer(directory.find(text, me.scope(), SUGGESTIONS).stream().map(this::choice).toList());
    }

    /** Starts the picker on an association already chosen (the page opened with it); unknown ids are ignored. */
    public void choose(Long associationId) {
        setChosen(associationId == null ? null : directory.card(associationId).map(this::choice).orElse(null));
    }

    private Choice choice(AssociationCard card) {
        return new Choice(card.id(), card.name("ar".equals(locale.getLanguage())) + " — " + card.registrationNo());
    }
}
