package ma.gov.social.jisr.people.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.gov.social.jisr.people.api.GuardianRelation;
import ma.gov.social.jisr.people.api.PersonNames;
import ma.gov.social.jisr.people.internal.demo.DemoPersons.Link;
import ma.gov.social.jisr.people.internal.demo.DemoPersons.Person;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.value.NationalId;
import ma.gov.social.jisr.platform.api.value.PhoneNumber;
import org.junit.jupiter.api.Test;

class DemoPersonsTest {
    // the registry's own name rules (PersonRules)
    private static final Pattern ARABIC_NAME = Pattern.compile("[\\u0621-\\u064A\\u064B-\\u065F\\u0640 '\\-]{1,80}");
    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin} '\\-]{1,80}");
    private static final List<Province> PROVINCES = List.of(
            new Province("MA-CAS", "MA-06", true, "الدار البيضاء", "Casablanca"),
            new Province("MA-RAB", "MA-04", true, "الرباط", "Rabat"),
            new Province("MA-SET", "MA-06", false, "سطات", "Settat"),
            new Province("MA-OUD", "MA-12", false, "وادي الذهب", "Oued Ed-Dahab"));

    private final DemoPersons made = make(3);

    private static DemoPersons make(long seed) {
        AtomicLong ids = new AtomicLong();
        return PeopleDemo.make(new Random(seed), PROVINCES, ids::incrementAndGet);
    }

    @Test
    void aFewThousandPersonsTheSameForTheSameSeed() {
        assertTrue(made.persons.size() >= PeopleDemo.PERSONS && made.persons.size() < PeopleDemo.PERSONS + 10);
        assertEquals(made.persons, make(3).persons);
        assertEquals(made.links, make(3).links);
        assertNotEquals(made.persons, make(4).persons);
    }

    @Test
    void everyRecordPassesTheRegistryRules() {
        Set<String> cins = new HashSet<>();
        for (Person p : made.persons) {
            for (String ar : List.of(p.first().arabic(), p.last().arabic())) {
                assertTrue(ARABIC_NAME.matcher(ar).matches(), ar);
            }
            assertTrue(LATIN_NAME.matcher(p.firstLatin()).matches() && LATIN_NAME.matcher(p.lastLatin()).matches());
            assertTrue(p.birthDate() == null || (!p.birthDate().isAfter(DemoData.AS_OF)
                    && p.birthDate().getYear() == p.birthYear()));
            assertTrue(p.birthYear() >= 1900 && p.birthYear() <= DemoData.AS_OF.getYear());
            if (p.cin() != null) {
                assertEquals(p.cin(), NationalId.parse(p.cin()).orElseThrow().value());
                assertTrue(cins.add(p.cin()), "CIN twice: " + p.cin());
            }
            if (p.phone() != null) {
                assertEquals(p.phone(), PhoneNumber.parse(p.phone()).orElseThrow().e164());
            }
        }
    }

    @Test
    void guardiansAreOlderPersonsOfTheRegisterAndSomeChildrenHaveThem() {
        Map<Long, Person> byId = made.persons.stream().collect(Collectors.toMap(Person::id, p -> p));
        assertTrue(made.links.size() > 500, "links: " + made.links.size());
        for (Link l : made.links) {
            Person child = byId.get(l.childId());
            Person guardian = byId.get(l.guardianId());
            assertTrue(child.birthYear() >= DemoData.AS_OF.getYear() - 17, "a minor");
            assertTrue(guardian.birthYear() <= child.birthYear() - 18, "older by a generation");
            if (l.relation() == GuardianRelation.FATHER) {
                assertEquals(guardian.last(), child.last(), "a father's family name");
            }
        }
        assertEquals(Set.of(GuardianRelation.values()), made.links.stream().map(Link::relation).collect(Collectors.toSet()));
    }

    @Test
    void everySpellingOfANameIsTheSameNameForTheDuplicateCheckAndTheSearch() {
        for (DemoNames.Name name : Stream.of(DemoNames.MEN, DemoNames.WOMEN, DemoNames.FAMILIES).flatMap(List::stream)
                .toList()) {
            for (String spelling : name.latin()) {
                assertEquals(PersonNames.latinKey(name.latin().get(0)), PersonNames.latinKey(spelling), spelling);
                assertTrue(PersonNames.similarLatin(name.latin().get(0), spelling), spelling);
            }
        }
        Set<String> spellings = made.persons.stream().flatMap(p -> Stream.of(p.firstLatin(), p.lastLatin()))
                .collect(Collectors.toSet());
        assertTrue(spellings.containsAll(List.of("Mohamed", "Mhamed", "Muhammad", "Ouazzani", "Wazzani", "Bennani",
                "Benani")), "variants in use");
    }

    @Test
    void personsRegisteredTwiceAreFoundAsLikelyDuplicates() {
        assertTrue(made.registeredTwice >= 20, "registered twice: " + made.registeredTwice);
        Map<String, List<Person>> sameArabicNames = new HashMap<>();
        made.persons.forEach(p -> sameArabicNames.computeIfAbsent(p.province().code() + p.sex()
                + PersonNames.arabicKey(p.first().arabic()) + PersonNames.arabicKey(p.last().arabic()),
                k -> new java.util.ArrayList<>()).add(p));
        long twiceFound = made.persons.stream().filter(p -> p.cin() == null && p.birthDate() == null
                && sameArabicNames.get(p.province().code() + p.sex() + PersonNames.arabicKey(p.first().arabic())
                + PersonNames.arabicKey(p.last().arabic())).stream().anyMatch(o -> o != p
                && Math.abs(o.birthYear() - p.birthYear()) <= 2 && PersonNames.similarLatin(o.lastLatin(), p.lastLatin())
                && PersonNames.similarLatin(o.firstLatin(), p.firstLatin()))).count();
        assertTrue(twiceFound >= made.registeredTwice, twiceFound + " of " + made.registeredTwice);
    }
}
