package ma.gov.social.jisr.centres.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ma.gov.social.jisr.centres.api.CentreData;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.Inspection;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.Upgrade;
import ma.gov.social.jisr.platform.api.JisrException;

/**
 * What a centre, an inspection and an upgrade must satisfy, whether typed in a form or read from a
 * file. Each rule gives a message key, so the same refusal reads well in Arabic, French and English.
 */
final class CentreRules {
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");
    private static final Pattern ARABIC = Pattern.compile(".*[\\u0600-\\u06FF].*");
    // Morocco, southern provinces included.
    private static final BigDecimal SOUTH = new BigDecimal("20.5");
    private static final BigDecimal NORTH = new BigDecimal("36.0");
    private static final BigDecimal WEST = new BigDecimal("-17.5");
    private static final BigDecimal EAST = new BigDecimal("-0.9");
    private static final int MAX_PLACES = 10_000;

    private CentreRules() {
    }

    /** Every problem of the data; knownProvince tells whether a province code exists. */
    static List<JisrException> check(CentreData d, Predicate<String> knownProvince, LocalDate today) {
        List<JisrException> problems = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            problems.add(new JisrException("centre.code.invalid"));
        }
        if (blank(d.nameAr()) || !ARABIC.matcher(d.nameAr()).matches() || d.nameAr().length() > 160) {
            problems.add(new JisrException("centre.nameAr.invalid"));
        }
        if (blank(d.nameFr()) || d.nameFr().length() > 160) {
            problems.add(new JisrException("centre.nameFr.invalid"));
        }
        if (d.type() == null) {
            problems.add(new JisrException("centre.type.required"));
        }
        if (d.provinceCode() == null || !knownProvince.test(d.provinceCode())) {
            problems.add(new JisrException("centre.province.invalid", String.valueOf(d.provinceCode())));
        }
        if (d.area() == null || d.managingBody() == null || d.status() == null) {
            problems.add(new JisrException("centre.classification.required"));
        }
        if (d.managingBody() == ManagingBody.ASSOCIATION && blank(d.partnerName())) {
            problems.add(new JisrException("centre.partner.required"));
        }
        if (d.address() != null && d.address().length() > 300) {
            problems.add(new JisrException("centre.address.tooLong"));
        }
        checkPosition(d, problems);
        checkCounts(d, problems);
        if (d.openedOn() != null && d.openedOn().isAfter(today) && d.status() != CentreStatus.PLANNED) {
            problems.add(new JisrException("centre.openedOn.future"));
        }
        if (d.type() != null && d.type().mobile()) {
            d.coveredProvinces().stream().filter(p -> !knownProvince.test(p)).findFirst()
                    .ifPresent(p -> problems.add(new JisrException("centre.province.invalid", p)));
        }
        return problems;
    }

    private static void checkPosition(CentreData d, List<JisrException> problems) {
        if ((d.latitude() == null) != (d.longitude() == null)) {
            problems.add(new JisrException("centre.position.incomplete"));
        } else if (d.latitude() != null && (d.latitude().compareTo(SOUTH) < 0 || d.latitude().compareTo(NORTH) > 0
                || d.longitude().compareTo(WEST) < 0 || d.longitude().compareTo(EAST) > 0)) {
            problems.add(new JisrException("centre.position.outsideMorocco"));
        }
    }

    private static void checkCounts(CentreData d, List<JisrException> problems) {
        for (Integer n : new Integer[] {d.places(), d.beds(), d.staffTotal(), d.staffProfessional()}) {
            if (n != null && (n < 0 || n > MAX_PLACES)) {
                problems.add(new JisrException("centre.count.range", MAX_PLACES));
                return;
            }
        }
        if (d.staffTotal() != null && d.staffProfessional() != null && d.staffProfessional() > d.staffTotal()) {
            problems.add(new JisrException("centre.staff.inconsistent"));
        }
        if (d.beds() != null && d.beds() > 0 && d.type() != null && !d.type().residential()) {
            problems.add(new JisrException("centre.beds.notResidential"));
        }
    }

    static void check(Inspection i, LocalDate openedOn, LocalDate today) {
        if (i.inspectedOn() == null || i.inspectedOn().isAfter(today)) {
            throw new JisrException("inspection.date.invalid");
        }
        if (openedOn != null && i.inspectedOn().isBefore(openedOn)) {
            throw new JisrException("inspection.date.beforeOpening");
        }
        if (blank(i.inspector()) || i.inspector().length() > 160) {
            throw new JisrException("inspection.inspector.required");
        }
        for (int score : new int[] {i.building(), i.equipment(), i.accessibility(), i.safety(), i.staffing()}) {
            if (score < 0 || score > 100) {
                throw new JisrException("inspection.score.range");
            }
        }
    }

    static void check(Upgrade u, int currentYear) {
        if (u.year() < 2000 || u.year() > currentYear + 5) {
            throw new JisrException("upgrade.year.range", currentYear + 5);
        }
        if (blank(u.works()) || u.works().length() > 1000) {
            throw new JisrException("upgrade.works.required");
        }
        if (u.cost() == null || u.cost().isNegative()) {
            throw new JisrException("upgrade.cost.invalid");
        }
        if (u.status() == null) {
            throw new JisrException("upgrade.status.required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The same centre, managed by this association of the partner registry (and named as it is there). */
    static CentreData withPartner(CentreData d, Long associationId, String name) {
        return new CentreData(d.code(), d.nameAr(), d.nameFr(), d.type(), d.provinceCode(), d.area(), d.address(),
                d.latitude(), d.longitude(), d.managingBody(), name, associationId, d.openedOn(), d.status(),
                d.places(), d.beds(), d.staffTotal(), d.staffProfessional(), d.services(), d.coveredProvinces());
    }
}
