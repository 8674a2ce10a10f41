package ma.gov.social.jisr.women.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import ma.gov.social.jisr.women.api.empowerment.EntrepreneurKind;
import ma.gov.social.jisr.women.api.empowerment.Milestone;
import ma.gov.social.jisr.women.api.empowerment.Programme;
import ma.gov.social.jisr.women.api.empowerment.RequestStage;
import ma.gov.social.jisr.women.api.empowerment.Sector;
import ma.gov.social.jisr.women.api.empowerment.TrainingKind;

/**
 * The empowerment demo in memory, without a database. The ministry's figures for Fès-Meknès (3,674 registered
 * women, 3,000 self-employed and 674 cooperative members, more than 3,670 funding requests) are its scale; the
 * other regions have a few hundred women each, Rabat-Salé-Kénitra and Casablanca-Settat a few more because
 * the demo accounts look at them. Registered women are demo persons of the registry, so when the registry
 * holds fewer adult women in Fès-Meknès than the ministry counts, every person count is scaled down by the
 * same factor (Fès-Meknès stays the largest); cooperatives and sessions keep a few per region so that no
 * screen is empty. {@link DemoProjects} draws the requests, {@link DemoTrainings} the sessions.
 */
final class DemoEmpowerment {
    static final String FES_MEKNES = "MA-03";
    static final int FES_SELF_EMPLOYED = 3_000;
    static final int FES_MEMBERS = 674;
    static final int FES_REGISTERED = FES_SELF_EMPLOYED + FES_MEMBERS;
    static final int FES_REQUESTS = 3_670;
    /** Registrations of a region at the ministry's scale; the demo accounts' regions a few more. */
    static final int OTHER_REGION = 500;
    static final Map<String, Integer> WATCHED = Map.of("MA-04", 800, "MA-06", 800);
    /** 674 members in about 40 cooperatives. */
    static final int COOPERATIVE_SIZE = 17;
    /** A province where a demo adviser works alone within a larger region: her share of the region's women. */
    static final Map<String, Integer> FOCUS_PERCENT = Map.of("MA-RAB", 55);
    /** Born this many years before {@code asOf} or earlier: of age when the first registrations were taken. */
    static final int YOUNGEST = 23;
    static final LocalDate FIRST_REGISTRATION = LocalDate.of(2022, 10, 1);

    record Woman(PersonCard person, EntrepreneurKind kind, Sector sector, String activity, LocalDate registeredOn) {
        String regionCode() {
            return person.regionCode();
        }

        String provinceCode() {
            return person.provinceCode();
        }
    }

    record Cooperative(String name, String registrationNo, Sector sector, String regionCode, String provinceCode,
                       LocalDate foundedOn) {
    }

    /** {@code cooperative}: its position in the plan's list. */
    record Member(int cooperative, long personId, LocalDate joinedOn) {
    }

    record Step(Milestone step, LocalDate plannedOn, LocalDate doneOn, Boolean stillActive, String note) {
    }

    record Request(long personId, Integer cooperative, String idea, Sector sector, Dirhams amountAsked,
                   String regionCode, String provinceCode, LocalDate receivedOn, RequestStage stage,
                   LocalDate decidedOn, String decidedBy, String reason, String adviser, Programme programme,
                   Dirhams financedAmount, LocalDate financedOn, List<Step> steps) {
    }

    record Seat(long personId, LocalDateTime registeredAt, boolean attended) {
    }

    record Training(TrainingKind kind, String topic, LocalDate heldOn, String place, String trainer, int capacity,
                    String regionCode, String provinceCode, List<Seat> seats) {
    }

    /** {@code scale}: the share of the ministry's figures the registry's demo women allowed (1 at full scale). */
    record Plan(double scale, List<Woman> women, List<Cooperative> cooperatives, List<Member> members,
                List<Request> requests, List<Training> trainings) {
    }

    /** A woman chosen, before her dates are known. */
    static final class Chosen {
        final PersonCard person;
        final EntrepreneurKind kind;
        Sector sector;
        Integer cooperative;
        Integer second;
        LocalDate registeredOn;

        Chosen(PersonCard person, EntrepreneurKind kind) {
            this.person = person;
            this.kind = kind;
        }
    }

    private final Random random;
    private final Dice dice;
    private final LocalDate asOf;

    private DemoEmpowerment(Random random, LocalDate asOf) {
        this.random = random;
        this.dice = new Dice(random);
        this.asOf = asOf;
    }

    /** The whole demo from the registry's demo women and the provinces: the same inputs give the same plan. */
    static Plan plan(Random random, LocalDate asOf, List<PersonCard> women, List<Province> provinces) {
        return new DemoEmpowerment(random, asOf).make(women, provinces);
    }

    private Plan make(List<PersonCard> candidates, List<Province> provinces) {
        Map<String, List<PersonCard>> byRegion = new TreeMap<>();
        candidates.stream().filter(p -> p.sex() == Sex.FEMALE && p.birthYear() <= asOf.getYear() - YOUNGEST
                        && p.regionCode() != null && p.provinceCode() != null)
                .sorted(Comparator.comparingLong(PersonCard::id)).distinct()
                .forEach(p -> byRegion.computeIfAbsent(p.regionCode(), k -> new ArrayList<>()).add(p));
        int fes = Math.min(FES_REGISTERED, byRegion.getOrDefault(FES_MEKNES, List.of()).size());
        double scale = fes / (double) FES_REGISTERED;
        List<Chosen> chosen = new ArrayList<>();
        for (Map.Entry<String, List<PersonCard>> e : byRegion.entrySet()) {
            List<PersonCard> pool = e.getValue();
            Collections.shuffle(pool, random);
            int wanted = FES_MEKNES.equals(e.getKey()) ? fes
                    : Math.min(Math.max(0, fes - 1), (int) Math.round(WATCHED.getOrDefault(e.getKey(), OTHER_REGION)
                    * scale));
            chosen.addAll(choose(pool, Math.min(wanted, pool.size())));
        }
        List<Cooperative> cooperatives = cooperatives(chosen, scale);
        DemoProjects projects = new DemoProjects(random, asOf);
        List<Request> requests = projects.requests(chosen, cooperatives);
        Map<Long, LocalDate> first = new HashMap<>();
        requests.forEach(r -> first.merge(r.personId(), r.receivedOn(), (a, b) -> a.isBefore(b) ? a : b));
        List<Woman> women = new ArrayList<>();
        for (Chosen c : chosen) {
            LocalDate request = first.get(c.person.id());
            c.registeredOn = request == null ? dice.between(FIRST_REGISTRATION, asOf.minusDays(5))
                    : later(FIRST_REGISTRATION, request.minusDays(random.nextInt(91)));
            women.add(new Woman(c.person, c.kind, c.sector, dice.pick(EmpTexts.ACTIVITIES.get(c.sector)),
                    c.registeredOn));
        }
        List<Member> members = new ArrayList<>();
        for (Chosen c : chosen) {
            if (c.cooperative != null) {
                LocalDate founded = cooperatives.get(c.cooperative).foundedOn();
                members.add(new Member(c.cooperative, c.person.id(), dice.between(founded, c.registeredOn)));
            }
            if (c.second != null) {
                members.add(new Member(c.second, c.person.id(), dice.between(c.registeredOn, asOf)));
            }
        }
        Map<String, String> names = new HashMap<>();
        provinces.forEach(p -> names.put(p.code(), p.nameFr()));
        List<Training> trainings = new DemoTrainings(random, asOf).sessions(women, names, scale);
        return new Plan(scale, List.copyOf(women), cooperatives, List.copyOf(members), requests, trainings);
    }

    /**
     * {@code wanted} of a region's women (in random order), a focus province's share first; each a cooperative
     * member in the ministry's proportion (674 of 3,674), the others self-employed.
     */
    private List<Chosen> choose(List<PersonCard> pool, int wanted) {
        List<PersonCard> picked = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        for (Map.Entry<String, Integer> focus : new TreeMap<>(FOCUS_PERCENT).entrySet()) {
            int share = (int) Math.ceil(wanted * focus.getValue() / 100.0);
            pool.stream().filter(p -> focus.getKey().equals(p.provinceCode())).limit(share)
                    .forEach(p -> {
                        picked.add(p);
                        taken.add(p.id());
                    });
        }
        pool.stream().filter(p -> !taken.contains(p.id())).limit(Math.max(0, wanted - picked.size()))
                .forEach(picked::add);
        Collections.shuffle(picked, random);
        int members = (int) Math.round(picked.size() * (double) FES_MEMBERS / FES_REGISTERED);
        List<Chosen> chosen = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            EntrepreneurKind kind = i < members ? EntrepreneurKind.COOPERATIVE_MEMBER : EntrepreneurKind.SELF_EMPLOYED;
            Chosen c = new Chosen(picked.get(i), kind);
            c.sector = kind == EntrepreneurKind.SELF_EMPLOYED ? selfEmployedSector() : null;
            chosen.add(c);
        }
        return chosen;
    }

    /**
     * The cooperatives of each province with members, about {@link #COOPERATIVE_SIZE} members each (at least 3
     * when scaled down); every member in one, and a few in a second one of their province.
     */
    private List<Cooperative> cooperatives(List<Chosen> chosen, double scale) {
        Map<String, List<Chosen>> byProvince = new TreeMap<>();
        chosen.stream().filter(c -> c.kind == EntrepreneurKind.COOPERATIVE_MEMBER)
                .forEach(c -> byProvince.computeIfAbsent(c.person.provinceCode(), k -> new ArrayList<>()).add(c));
        int size = Math.max(3, (int) Math.round(COOPERATIVE_SIZE * scale));
        List<Cooperative> cooperatives = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, List<Chosen>> e : byProvince.entrySet()) {
            List<Chosen> members = e.getValue();
            // scaled down, a province's few members still make two cooperatives when they are more than three
            double exact = members.size() / (double) size;
            int count = Math.max(1, (int) (scale < 1 ? Math.ceil(exact) : Math.round(exact)));
            int firstIndex = cooperatives.size();
            for (int i = 0; i < count; i++) {
                Sector sector = cooperativeSector();
                LocalDate founded = dice.between(LocalDate.of(2008, 1, 1), LocalDate.of(2021, 12, 31));
                String prefix = e.getKey().substring(3);
                int number = numbers.merge(prefix, 1, Integer::sum);
                // unique: each number falls in its own run of seven
                String registrationNo = "%s/%d/%04d".formatted(prefix, founded.getYear(),
                        100 + number * 7 + random.nextInt(7));
                cooperatives.add(new Cooperative(name(sector, names), registrationNo, sector,
                        members.get(0).person.regionCode(), e.getKey(), founded));
            }
            for (int i = 0; i < members.size(); i++) {
                Chosen c = members.get(i);
                c.cooperative = firstIndex + i % count;
                c.sector = cooperatives.get(c.cooperative).sector();
                // a few belong to two: the first of a province with several, and one in twenty besides
                if (count > 1 && (i == 0 || random.nextInt(20) == 0)) {
                    c.second = firstIndex + (i + 1) % count;
                }
            }
        }
        return List.copyOf(cooperatives);
    }

    /** "Coopérative Nour pour le couscous" or "تعاونية الأمل للنسيج", never twice the same. */
    private String name(Sector sector, Set<String> taken) {
        String[] trade = dice.pick(EmpTexts.TRADES.get(sector));
        for (int attempt = 0; ; attempt++) {
            String[] name = dice.pick(EmpTexts.NAMES);
            String candidate = random.nextInt(3) == 0 ? "تعاونية " + name[1] + " " + trade[1]
                    : "Coopérative " + name[0] + " pour " + trade[0];
            if (attempt >= 20) {
                candidate = candidate + " " + (attempt - 18);
            }
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private Sector selfEmployedSector() {
        int r = random.nextInt(100);
        return r < 20 ? Sector.TRADE : r < 38 ? Sector.SERVICES : r < 53 ? Sector.HANDICRAFT : r < 65 ? Sector.TEXTILE
                : r < 77 ? Sector.AGRIFOOD : r < 85 ? Sector.AGRICULTURE : r < 91 ? Sector.DIGITAL
                : r < 96 ? Sector.TOURISM : Sector.OTHER;
    }

    private Sector cooperativeSector() {
        int r = random.nextInt(100);
        return r < 30 ? Sector.AGRIFOOD : r < 55 ? Sector.HANDICRAFT : r < 75 ? Sector.AGRICULTURE
                : r < 90 ? Sector.TEXTILE : r < 95 ? Sector.TOURISM : Sector.TRADE;
    }
}
