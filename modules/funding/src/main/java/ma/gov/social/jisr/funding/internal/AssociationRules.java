package ma.gov.social.jisr.funding.internal;

import java.time.LocalDate;
import java.util.regex.Pattern;
import ma.gov.social.jisr.funding.api.AssociationData;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.value.PhoneNumber;

/** What an association's record must hold, checked before anything is written. */
final class AssociationRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AssociationRules() {
    }

    static void check(AssociationData d, LocalDate today) {
        if (blank(d.registrationNo()) || blank(d.nameAr()) || blank(d.nameFr()) || blank(d.provinceCode())
                || d.registeredOn() == null) {
            throw new JisrException("funding.association.incomplete");
        }
        if (d.registrationNo().strip().length() > 40 || d.nameAr().strip().length() > 200
                || d.nameFr().strip().length() > 200 || longer(d.address(), 300) || longer(d.contactName(), 120)) {
            throw new JisrException("funding.association.tooLong");
        }
        if (d.registeredOn().isAfter(today)) {
            throw new JisrException("funding.association.registeredInFuture");
        }
        if (d.domains().isEmpty()) {
            throw new JisrException("funding.association.domainRequired");
        }
        if (!blank(d.phone()) && PhoneNumber.parse(d.phone()).isEmpty()) {
            throw new JisrException("funding.association.phone");
        }
        if (!blank(d.email()) && (d.email().strip().length() > 120 || !EMAIL.matcher(d.email().strip()).matches())) {
            throw new JisrException("funding.association.email");
        }
    }

    /** A reason or a decision: required, at most {@code max} characters. */
    static String text(String value, int max, String missingKey) {
        if (blank(value)) {
            throw new JisrException(missingKey);
        }
        if (value.strip().length() > max) {
            throw new JisrException("funding.text.tooLong", max);
        }
        return value.strip();
    }

    static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean longer(String value, int max) {
        return value != null && value.strip().length() > max;
    }
}
