package ma.gov.social.jisr.platform.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Pattern;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * Money on every screen: shown in the view's language ("1 234,50 MAD"), read back from what a user typed.
 * An input field shows the plain amount (1234.50), which number widgets such as p:inputNumber expect and
 * send back; typed text may also be written the language's way ("1 234,50"). Anything else, or finer than
 * a centime, is refused with a message in the user's language rather than rounded.
 */
@FacesConverter(forClass = Dirhams.class, managed = true)
public class DirhamsFacesConverter implements Converter<Dirhams> {
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

    @Override
    public String getAsString(FacesContext context, UIComponent component, Dirhams value) {
        if (value == null) {
            return "";
        }
        return component instanceof EditableValueHolder ? value.amount().toPlainString()
                : value.format(context.getViewRoot().getLocale());
    }

    @Override
    public Dirhams getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        BigDecimal amount = amount(text, locale);
        if (amount == null) {
            throw refused(locale, "money.invalid", text.strip());
        }
        try {
            return new Dirhams(amount);
        } catch (IllegalArgumentException finerThanACentime) {
            throw refused(locale, "money.centimes", text.strip());
        }
    }

    /** What was typed, plainly (1234.5) or the language's way (1 234,50), as a number; null if neither. */
    static BigDecimal amount(String text, Locale locale) {
        String typed = SPACES.matcher(text.replace("MAD", "")).replaceAll("");
        return PLAIN.matcher(typed).matches() ? new BigDecimal(typed) : localized(typed, locale);
    }

    /** The amount written the language's way, all of it, or null. */
    private static BigDecimal localized(String typed, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (!(format instanceof DecimalFormat decimal)) {
            return null;
        }
        decimal.setParseBigDecimal(true);
        String bare = typed.replace(String.valueOf(decimal.getDecimalFormatSymbols().getGroupingSeparator()), "");
        ParsePosition position = new ParsePosition(0);
        Object parsed = decimal.parse(bare, position);
        boolean whole = position.getIndex() == bare.length();
        return parsed instanceof BigDecimal amount && whole ? amount : null;
    }

    private static ConverterException refused(Locale locale, String key, String typed) {
        String text = Messages.text(locale, key, typed);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
