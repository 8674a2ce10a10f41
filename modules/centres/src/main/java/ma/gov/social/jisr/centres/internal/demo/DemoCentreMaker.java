package ma.gov.social.jisr.centres.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import ma.gov.social.jisr.centres.api.Area;
import ma.gov.social.jisr.centres.api.CentreStatus;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.Inspection;
import ma.gov.social.jisr.centres.api.ManagingBody;
import ma.gov.social.jisr.centres.api.OfferedService;
import ma.gov.social.jisr.centres.api.UpgradeStatus;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.platform.api.territory.Province;

/**
 * Makes one province's demo centres with their history: a centre has a "quality" from which its inspections
 * vary; some were never inspected, some are closed, suspended or not open yet; some had an upgrade, after
 * which they inspect better. Everything comes from the given random source, so the same seed gives the same
 * centres.
 */
final class DemoCentreMaker {
    record Centre(long id, String code, String nameAr, String nameFr, CentreType type, Province province, Area area,
                  String address, BigDecimal latitude, BigDecimal longitude, ManagingBody body, String partner,
                  LocalDate openedOn, CentreStatus status, Integer places, Integer beds, int staffTotal,
                  int staffProfessional, Set<OfferedService> services, Set<String> coverage, LocalDateTime createdAt,
                  List<Visit> visits, List<Works> works) {
        Visit latest() {
            return visits.isEmpty() ? null : visits.get(visits.size() - 1);
        }
    }

    record Visit(long id, Inspection inspection) {
    }

    record Works(long id, int year, String works, Dirhams cost, UpgradeStatus status) {
    }

    private static final LocalDate FIRST_OPENING = LocalDate.of(1985, 1, 1);
    private static final LocalDate FIRST_INSPECTIONS = LocalDate.of(2016, 1, 1);

    private final Random random;
    private final LongSupplier centreIds;
    private final LongSupplier inspectionIds;
    private final LongSupplier upgradeIds;
    private final List<CentreType> types = new ArrayList<>();

    DemoCentreMaker(Random random, LongSupplier centreIds, LongSupplier inspectionIds, LongSupplier upgradeIds) {
        this.random = random;
        this.centreIds = centreIds;
        this.inspectionIds = inspectionIds;
        this.upgradeIds = upgradeIds;
        DemoCatalogue.KINDS.forEach((type, kind) -> {
            for (int i = 0; i < kind.weight(); i++) {
                types.add(type);
            }
        });
    }

    /** Each region's centres (as many as {@link DemoPlaces} says), shared between its provinces by weight. */
    List<Centre> country(List<String> regions, Function<String, List<Province>> provincesOf) {
        List<Centre> centres = new ArrayList<>();
        for (String region : regions) {
            List<Province> provinces = provincesOf.apply(region);
            List<String> codes = provinces.stream().map(Province::code).toList();
            int total = DemoPlaces.CENTRES_PER_REGION.get(region);
            int weights = provinces.stream().mapToInt(p -> DemoPlaces.PROVINCES.get(p.code()).weight()).sum();
            int given = 0;
            for (int i = 0; i < provinces.size(); i++) {
                Province p = provinces.get(i);
                int share = i == provinces.size() - 1 ? total - given
                        : total * DemoPlaces.PROVINCES.get(p.code()).weight() / weights;
                given += share;
                centres.addAll(province(p, share, codes));
            }
        }
        return centres;
    }

    /** {@code count} centres of one province; {@code neighbours}: the region's provinces a mobile unit may cover. */
    private List<Centre> province(Province p, int count, List<String> neighbours) {
        List<Centre> made = new ArrayList<>();
        Map<CentreType, Integer> numbers = new java.util.EnumMap<>(CentreType.class);
        for (int i = 0; i < count; i++) {
            CentreType type = types.get(random.nextInt(types.size()));
            int n = numbers.merge(type, 1, Integer::sum);
            made.add(centre(p, type, n, neighbours));
        }
        return made;
    }

    private Centre centre(Province p, CentreType type, int n, List<String> neighbours) {
        DemoCatalogue.Kind kind = DemoCatalogue.KINDS.get(type);
        String town = p.code().substring(3);
        String suffix = n == 1 ? "" : " " + n;
        Area area = random.nextInt(100) < (p.prefecture() ? 10 : 50) ? Area.RURAL : Area.URBAN;
        int roll = random.nextInt(100);
        CentreStatus status = roll < 90 ? CentreStatus.OPEN : roll < 93 ? CentreStatus.SUSPENDED
                : roll < 98 ? CentreStatus.CLOSED : CentreStatus.PLANNED;
        LocalDate openedOn = status == CentreStatus.PLANNED ? (random.nextBoolean() ? null
                : LocalDate.of(DemoData.AS_OF.getYear() + 1, 1 + random.nextInt(12), 1)) : openingDay();
        ManagingBody body = pick(ManagingBody.MINISTRY, 20, ManagingBody.ENTRAIDE_NATIONALE, 35,
                ManagingBody.ASSOCIATION);
        Integer places = type.residential() ? 15 + random.nextInt(136) : 20 + random.nextInt(331);
        Integer beds = type.residential() ? Math.max(10, places - random.nextInt(10)) : null;
        int staff = 3 + places / 8 + random.nextInt(6);
        int professional = Math.max(1, staff * (40 + random.nextInt(41)) / 100);
        boolean mobile = type.mobile();
        BigDecimal[] position = mobile ? new BigDecimal[2] : position(p.code(), area);
        Set<String> coverage = mobile ? coverage(p.code(), neighbours) : Set.of();
        String address = mobile || random.nextInt(10) < 3 ? null : (1 + random.nextInt(180)) + ", "
                + DemoCatalogue.STREETS.get(random.nextInt(DemoCatalogue.STREETS.size())) + ", " + p.nameFr();
        List<Works> works = status == CentreStatus.PLANNED ? List.of() : works(openedOn);
        List<Visit> visits = status == CentreStatus.PLANNED || random.nextInt(100) < 8 ? List.of()
                : visits(openedOn, works, status);
        return new Centre(centreIds.getAsLong(), town + "-" + kind.code() + "-" + String.format("%03d", n),
                kind.nameAr() + " " + p.nameAr() + suffix, kind.nameFr() + " " + p.nameFr() + suffix, type, p, area,
                address, position[0], position[1], body, body == ManagingBody.ASSOCIATION
                        ? DemoCatalogue.PARTNERS.get(random.nextInt(DemoCatalogue.PARTNERS.size())) : null,
                openedOn, status, places, beds, staff, professional, services(kind), coverage,
                LocalDateTime.of(2025, 1, 6, 8, 0).plusMinutes(random.nextInt(60 * 24 * 300)), visits, works);
    }

    /** Older centres are fewer: most opened after 2005. */
    private LocalDate openingDay() {
        long days = DemoData.AS_OF.minusYears(1).toEpochDay() - FIRST_OPENING.toEpochDay();
        double skew = Math.sqrt(random.nextDouble());
        return FIRST_OPENING.plusDays((long) (days * skew));
    }

    /** About one centre in eight had an upgrade (a few cancelled); none planned: that is the programme's. */
    private List<Works> works(LocalDate openedOn) {
        int from = Math.max(2008, openedOn.getYear() + 3);
        int to = DemoData.AS_OF.getYear() - 1;
        if (from > to || random.nextInt(100) >= 12) {
            return List.of();
        }
        int year = from + random.nextInt(to - from + 1);
        Dirhams cost = Dirhams.of(1000).times(120 + random.nextInt(830));
        UpgradeStatus status = random.nextInt(100) < 8 ? UpgradeStatus.CANCELLED : UpgradeStatus.DONE;
        return List.of(new Works(upgradeIds.getAsLong(), year,
                DemoCatalogue.WORKS.get(random.nextInt(DemoCatalogue.WORKS.size())), cost, status));
    }

    /** One to three inspections since 2016, at least half a year apart; later ones after an upgrade do better. */
    private List<Visit> visits(LocalDate openedOn, List<Works> works, CentreStatus status) {
        LocalDate first = openedOn.isAfter(FIRST_INSPECTIONS) ? openedOn.plusMonths(2) : FIRST_INSPECTIONS;
        LocalDate last = status == CentreStatus.CLOSED ? DemoData.AS_OF.minusYears(2) : DemoData.AS_OF;
        if (!first.isBefore(last)) {
            return List.of();
        }
        int quality = (int) Math.round(Math.max(12, Math.min(95, 62 + random.nextGaussian() * 17)));
        LocalDate upgraded = works.stream().filter(w -> w.status() == UpgradeStatus.DONE)
                .map(w -> LocalDate.of(w.year() + 1, 1, 1)).findFirst().orElse(LocalDate.MAX);
        List<Visit> visits = new ArrayList<>();
        LocalDate day = first.plusDays(random.nextInt((int) Math.min(900, last.toEpochDay() - first.toEpochDay())));
        int count = 1 + random.nextInt(3);
        while (visits.size() < count && !day.isAfter(last)) {
            int level = quality - 3 * visits.size() + (day.isAfter(upgraded) ? 18 : 0);
            Inspection inspection = new Inspection(day, DemoCatalogue.INSPECTORS.get(random.nextInt(
                    DemoCatalogue.INSPECTORS.size())), score(level), score(level), score(level - 8), score(level),
                    score(level + 4), random.nextInt(10) < 3
                            ? DemoCatalogue.NOTES.get(random.nextInt(DemoCatalogue.NOTES.size())) : null);
            visits.add(new Visit(inspectionIds.getAsLong(), inspection));
            day = day.plusDays(180 + random.nextInt(720));
        }
        return visits;
    }

    private int score(int level) {
        return (int) Math.round(Math.max(0, Math.min(100, level + random.nextGaussian() * 9)));
    }

    /** Around the province's main town: close for urban centres, further out for rural ones. */
    private BigDecimal[] position(String province, Area area) {
        DemoPlaces.Place place = DemoPlaces.PROVINCES.get(province);
        double spread = area == Area.URBAN ? 0.06 : 0.25;
        return new BigDecimal[] {coordinate(place.latitude() + (random.nextDouble() * 2 - 1) * spread),
            coordinate(place.longitude() + (random.nextDouble() * 2 - 1) * spread)};
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private Set<String> coverage(String home, List<String> neighbours) {
        Set<String> covered = new LinkedHashSet<>(List.of(home));
        for (int i = 0, extra = 1 + random.nextInt(2); i < extra; i++) {
            covered.add(neighbours.get(random.nextInt(neighbours.size())));
        }
        return covered;
    }

    private Set<OfferedService> services(DemoCatalogue.Kind kind) {
        Set<OfferedService> offered = EnumSet.noneOf(OfferedService.class);
        offered.addAll(kind.services().subList(0, 2));
        for (OfferedService s : kind.services().subList(2, kind.services().size())) {
            if (random.nextBoolean()) {
                offered.add(s);
            }
        }
        return offered;
    }

    private <T> T pick(T first, int firstPercent, T second, int secondPercent, T otherwise) {
        int roll = random.nextInt(100);
        return roll < firstPercent ? first : roll < firstPercent + secondPercent ? second : otherwise;
    }
}
