package ma.gov.social.jisr.people.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import ma.gov.social.jisr.people.api.GuardianRelation;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.value.PhoneNumber;

/**
 * Makes the demo persons household by household, so that names, ages, provinces and guardianships agree:
 * couples with children (who carry the father's family name, the mother keeping hers), mothers alone with
 * their children, a grandparent or a kafil raising a child, elderly people, single adults. A few persons are
 * registered twice with another spelling of their name, as happens in real registers.
 */
final class DemoPersons {
    record Person(long id, DemoNames.Name first, String firstLatin, DemoNames.Name last, String lastLatin, Sex sex,
                  LocalDate birthDate, int birthYear, String cin, String phone, String address, Province province,
                  LocalDateTime createdAt) {
    }

    record Link(long childId, long guardianId, GuardianRelation relation) {
    }

    final List<Person> persons = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    int registeredTwice;

    private final Random random;
    private final LongSupplier ids;
    private final Set<String> cins = new HashSet<>();

    DemoPersons(Random random, LongSupplier ids) {
        this.random = random;
        this.ids = ids;
    }

    void household(Province p) {
        int kind = random.nextInt(100);
        if (kind < 50) {
            DemoNames.Name family = pick(DemoNames.FAMILIES);
            Person father = adult(p, Sex.MALE, family, 28, 62);
            Person mother = adult(p, Sex.FEMALE, pick(DemoNames.FAMILIES), 24, father.birthYear() > 1975 ? 45 : 58);
            children(p, family, Math.max(father.birthYear(), mother.birthYear()), 1 + random.nextInt(4), father,
                    mother);
        } else if (kind < 62) {
            Person mother = adult(p, Sex.FEMALE, pick(DemoNames.FAMILIES), 22, 50);
            children(p, pick(DemoNames.FAMILIES), mother.birthYear(), 1 + random.nextInt(3), null, mother);
        } else if (kind < 67) {
            // a grandmother as legal guardian, or a kafil under a kafala
            boolean kafala = random.nextBoolean();
            Person guardian = adult(p, kafala ? randomSex() : Sex.FEMALE, pick(DemoNames.FAMILIES), kafala ? 35 : 55,
                    kafala ? 60 : 80);
            Person child = person(p, randomSex(), pick(DemoNames.FAMILIES), age(2, 15));
            links.add(new Link(child.id(), guardian.id(), kafala ? GuardianRelation.KAFIL
                    : GuardianRelation.LEGAL_GUARDIAN));
        } else if (kind < 82) {
            adult(p, randomSex(), pick(DemoNames.FAMILIES), 60, 92);
        } else {
            adult(p, random.nextInt(10) < 6 ? Sex.FEMALE : Sex.MALE, pick(DemoNames.FAMILIES), 18, 45);
        }
    }

    /** {@code parentYear}: the younger parent's, so that every child is born when both are adults. */
    private void children(Province p, DemoNames.Name family, int parentYear, int count, Person father, Person mother) {
        // "some guardian links": about two households in three have their children's guardians recorded
        boolean linked = random.nextInt(3) < 2;
        for (int i = 0; i < count; i++) {
            int youngest = Math.max(0, DemoData.AS_OF.getYear() - parentYear - 45);
            int oldest = Math.max(youngest, Math.min(17, DemoData.AS_OF.getYear() - parentYear - 19));
            Person child = person(p, randomSex(), family, youngest + random.nextInt(oldest - youngest + 1));
            if (linked && father != null) {
                links.add(new Link(child.id(), father.id(), GuardianRelation.FATHER));
            }
            if (linked) {
                links.add(new Link(child.id(), mother.id(), GuardianRelation.MOTHER));
            }
        }
    }

    private Person adult(Province p, Sex sex, DemoNames.Name family, int youngest, int oldest) {
        Person adult = person(p, sex, family, age(youngest, oldest));
        if (random.nextInt(100) < 3) {
            twice(adult);
        }
        return adult;
    }

    /** The same person registered again elsewhere in the province, name spelled differently, without a CIN. */
    private void twice(Person original) {
        String first = otherSpelling(original.first(), original.firstLatin());
        String last = otherSpelling(original.last(), original.lastLatin());
        int year = original.birthYear() + random.nextInt(3) - 1;
        persons.add(new Person(ids.getAsLong(), original.first(), first, original.last(), last, original.sex(), null,
                year, null, null, null, original.province(), created()));
        registeredTwice++;
    }

    private String otherSpelling(DemoNames.Name name, String used) {
        return name.latin().stream().filter(s -> !s.equals(used)).findFirst().orElse(used);
    }

    private Person person(Province p, Sex sex, DemoNames.Name family, int age) {
        DemoNames.Name first = pick(sex == Sex.FEMALE ? DemoNames.WOMEN : DemoNames.MEN);
        int year = DemoData.AS_OF.getYear() - age;
        // older and rural people often know only their year of birth
        boolean exact = random.nextInt(100) < (age > 55 ? 45 : 85);
        LocalDate birthDate = exact ? LocalDate.ofYearDay(year, 1 + random.nextInt(365)) : null;
        if (birthDate != null && birthDate.isAfter(DemoData.AS_OF)) {
            birthDate = DemoData.AS_OF.minusDays(random.nextInt(300));
            year = birthDate.getYear();
        }
        boolean adult = age >= 18;
        Person made = new Person(ids.getAsLong(), first, first.spelling(random), family, family.spelling(random), sex,
                birthDate, year, adult && random.nextInt(100) < 85 ? cin(p) : null,
                adult && random.nextInt(100) < 60 ? phone() : null,
                random.nextBoolean() ? (1 + random.nextInt(250)) + ", " + pick(DemoNames.QUARTERS) + ", " + p.nameFr()
                        : null, p, created());
        persons.add(made);
        return made;
    }

    private int age(int youngest, int oldest) {
        return youngest + random.nextInt(oldest - youngest + 1);
    }

    /** One or two letters by region, as on real cards, and six digits; never twice the same. */
    private String cin(Province p) {
        String letters = switch (p.regionCode()) {
            case "MA-06" -> random.nextBoolean() ? "BE" : "BK";
            case "MA-04" -> random.nextBoolean() ? "A" : "AB";
            case "MA-03" -> random.nextBoolean() ? "C" : "CD";
            case "MA-07" -> "EE";
            case "MA-01" -> "K";
            case "MA-02" -> "F";
            case "MA-09" -> "J";
            default -> "Z";
        };
        String cin;
        do {
            cin = letters + (100000 + random.nextInt(900000));
        } while (!cins.add(cin));
        return cin;
    }

    private String phone() {
        String typed = "0" + (random.nextInt(10) < 8 ? "6" : "7") + String.format("%08d", random.nextInt(100_000_000));
        return PhoneNumber.parse(typed).orElseThrow().e164();
    }

    private LocalDateTime created() {
        return LocalDateTime.of(2025, 2, 3, 8, 30).plusMinutes(random.nextInt(60 * 24 * 600));
    }

    private Sex randomSex() {
        return random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
