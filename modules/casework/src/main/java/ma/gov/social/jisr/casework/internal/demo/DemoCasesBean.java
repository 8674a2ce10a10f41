package ma.gov.social.jisr.casework.internal.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.ConsentGiver;
import ma.gov.social.jisr.casework.api.ReferralStatus;
import ma.gov.social.jisr.casework.api.SharedField;
import ma.gov.social.jisr.casework.api.TeamMember;
import ma.gov.social.jisr.casework.api.demo.DemoCase;
import ma.gov.social.jisr.casework.api.demo.DemoCases;
import ma.gov.social.jisr.casework.api.spi.CaseModule;
import ma.gov.social.jisr.casework.internal.CaseModules;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.people.api.DemoPeople;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * Writes the social modules' demo cases into the kernel's tables, in batches, as the services would have left
 * them. Open to all callers because demo data is written at deployment, when nobody is logged in; like
 * {@code DemoCentres} it works on demo records only: persons and centres are read through the people's and
 * centres' demo apis, which see only what their demo wrote, so a real person or centre is "not found" and
 * nothing is written. Typed as {@link DemoCases} only: injecting the kernel's services never finds it.
 */
@Stateless
@PermitAll
@Typed(DemoCases.class)
public class DemoCasesBean implements DemoCases {
    /** The ids EclipseLink reserves per NEXTVAL (the kernel's sequences' INCREMENT BY, the entities' allocationSize). */
    private static final int ID_BLOCK = 50;

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseModules modules;
    @Inject
    private DemoPeople people;
    @Inject
    private DemoCentres centres;
    @Inject
    private TerritoryService territories;

    @Override
    public void teams(String module, List<TeamMember> members) {
        CaseModule m = modules.get(module);
        List<Object[]> rows = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (TeamMember t : members) {
            if (!m.teams().contains(t.team())) {
                throw new IllegalArgumentException("no team " + t.team() + " in " + module);
            }
            String region = territories.province(t.provinceCode()).orElseThrow(() -> new IllegalArgumentException(
                    "no province " + t.provinceCode())).regionCode();
            rows.add(new Object[] {module, t.provinceCode(), t.team(), t.username(), region, now, DemoData.AUTHOR});
        }
        new Sql(dataSource).batch("insert into cas_team_member (module, province_code, team, username, region_code,"
                + " added_at, added_by) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public List<Long> write(List<DemoCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonCard> persons = people.cards(cases.stream().map(DemoCase::personId).toList());
        Map<String, Map<Long, CentreCard>> centresOf = new HashMap<>();
        Sql sql = new Sql(dataSource);
        Rows rows = new Rows(sql.ids("cas_consent_seq", ID_BLOCK), sql.ids("cas_referral_seq", ID_BLOCK));
        LongSupplier caseIds = sql.ids("cas_case_seq", ID_BLOCK);
        List<Long> ids = new ArrayList<>();
        for (DemoCase d : cases) {
            CaseModule module = modules.get(d.module());
            CentreCard centre = centresOf.computeIfAbsent(d.module(), m -> index(centres.open(module.centreTypes())))
                    .get(d.centreId());
            PersonCard person = persons.get(d.personId());
            if (centre == null || person == null) {
                throw new IllegalArgumentException("demo cases are written for demo persons in demo centres of the"
                        + " module's types only: person " + d.personId() + ", centre " + d.centreId());
            }
            long id = caseIds.getAsLong();
            rows.add(id, d, module, person, centre);
            ids.add(id);
        }
        rows.write(sql);
        return ids;
    }

    private static Map<Long, CentreCard> index(List<CentreCard> cards) {
        Map<Long, CentreCard> byId = new HashMap<>();
        cards.forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    /** Every table's rows, gathered case by case, then sent as one batch per table. */
    private static final class Rows {
        private final List<Object[]> cases = new ArrayList<>();
        private final List<Object[]> steps = new ArrayList<>();
        private final List<Object[]> plans = new ArrayList<>();
        private final List<Object[]> services = new ArrayList<>();
        private final List<Object[]> followUps = new ArrayList<>();
        private final List<Object[]> consents = new ArrayList<>();
        private final List<Object[]> referrals = new ArrayList<>();
        private final List<Object[]> fields = new ArrayList<>();
        private final LongSupplier consentIds;
        private final LongSupplier referralIds;

        Rows(LongSupplier consentIds, LongSupplier referralIds) {
            this.consentIds = consentIds;
            this.referralIds = referralIds;
        }

        void add(long id, DemoCase d, CaseModule module, PersonCard person, CentreCard centre) {
            LocalDate today = LocalDate.now();
            LocalDate last = d.closedOn() != null ? d.closedOn() : d.reachedOn();
            if (last.isAfter(today) || d.reachedOn().isBefore(d.openedOn())
                    || d.closedOn() != null && d.closedOn().isBefore(d.reachedOn())) {
                throw new IllegalArgumentException("demo case of person " + d.personId() + ": dates out of order");
            }
            String w = d.worker();
            // steps: opened, each move on, the closing
            steps.add(new Object[] {id, null, CaseStep.REGISTERED, null, "opened", at(d.openedOn(), id, 0), w});
            for (CaseStep s = CaseStep.REGISTERED; s != d.reached(); s = s.next()) {
                steps.add(new Object[] {id, s, s.next(), null, null, at(d.dayOf(s.next()), id, 2), w});
            }
            if (d.closeReason() != null) {
                steps.add(new Object[] {id, d.reached(), CaseStep.CLOSED, d.closeReason(), d.closeNote(),
                        at(d.closedOn(), id, 4), w});
            }
            if (d.planGoals() != null) {
                LocalDate agreed = d.reached().ordinal() >= CaseStep.PLAN_AGREED.ordinal()
                        ? d.dayOf(CaseStep.PLAN_AGREED) : d.reachedOn();
                plans.add(new Object[] {id, agreed, d.planGoals(), at(agreed, id, 1), w});
            }
            for (DemoCase.Service s : d.services()) {
                if (!module.services().contains(s.code()) || s.givenOn().isBefore(d.openedOn())
                        || s.givenOn().isAfter(today)) {
                    throw new IllegalArgumentException("demo service " + s.code() + " on " + s.givenOn());
                }
                services.add(new Object[] {id, s.code(), s.givenOn(), w, s.note(), at(s.givenOn(), id, 3)});
            }
            LocalDate nextFollowUp = null;
            for (DemoCase.Visit v : d.followUps()) {
                if (v.nextDue() != null && !v.nextDue().isAfter(v.doneOn()) || v.doneOn().isAfter(today)) {
                    throw new IllegalArgumentException("demo follow-up on " + v.doneOn());
                }
                followUps.add(new Object[] {id, v.kind(), v.doneOn(), v.note(), v.nextDue(), at(v.doneOn(), id, 3), w});
                nextFollowUp = v.nextDue();
            }
            List<Long> consentsOfCase = new ArrayList<>();
            for (DemoCase.Agreement a : d.consents()) {
                if (!a.basis().covers(a.purpose()) || a.basis().legalGround() && a.reference() == null) {
                    throw new IllegalArgumentException("demo consent " + a);
                }
                long consentId = consentIds.getAsLong();
                consentsOfCase.add(consentId);
                consents.add(new Object[] {consentId, id, a.purpose(), a.basis(),
                        a.basis().legalGround() ? ConsentGiver.NOBODY : ConsentGiver.PERSON, a.reference(),
                        a.givenOn(), at(a.givenOn(), id, 1), w});
            }
            LocalDate referralDue = null;
            for (DemoCase.Sent r : d.referrals()) {
                Long basis = null;
                for (int i = 0; i < d.consents().size() && basis == null; i++) {
                    DemoCase.Agreement a = d.consents().get(i);
                    if (a.purpose() == r.target().purpose() && a.basis().covers(a.purpose())
                            && !a.givenOn().isAfter(r.sentOn())) {
                        basis = consentsOfCase.get(i);
                    }
                }
                if (basis == null || r.dueOn().isBefore(r.sentOn())) {
                    throw new IllegalArgumentException("demo referral to " + r.target() + " without consent covering"
                            + " it, or due before sent");
                }
                boolean answered = r.status() != ReferralStatus.SENT;
                long referralId = referralIds.getAsLong();
                referrals.add(new Object[] {referralId, id, d.module(), r.target(), r.targetName(),
                        centre.regionCode(), centre.provinceCode(), d.personId(), r.target().purpose().name(), basis,
                        r.reason(), r.dueOn(), r.status(), r.outcome(), at(r.sentOn(), id, 5), w,
                        answered ? at(r.answeredOn(), id, 6) : null, answered ? w : null});
                fields(referralId, r, person);
                if (r.status().pending() && (referralDue == null || r.dueOn().isBefore(referralDue))) {
                    referralDue = r.dueOn();
                }
            }
            cases.add(new Object[] {id, d.module(), "%s-%d-%06d".formatted(module.referencePrefix(),
                    d.openedOn().getYear(), id), d.personId(), person.initials(), centre.id(), centre.regionCode(),
                    centre.provinceCode(), w, d.supervisor(), d.restricted(), d.step(), d.openedOn(), d.closedOn(),
                    d.closeReason(), nextFollowUp, referralDue, d.triage(), d.attention(), at(d.openedOn(), id, 0),
                    DemoData.AUTHOR, last.equals(d.openedOn()) ? null : at(last, id, 7),
                    last.equals(d.openedOn()) ? null : w});
        }

        /** What the referral carries: its target's fields only, taken from the person (as the kernel's send). */
        private void fields(long referral, DemoCase.Sent r, PersonCard p) {
            Map<SharedField, String> values = new EnumMap<>(SharedField.class);
            for (SharedField f : r.target().fields()) {
                values.put(f, switch (f) {
                    case FULL_NAME -> p.fullName();
                    case BIRTH_DATE -> p.birthDate() != null ? p.birthDate().toString() : String.valueOf(p.birthYear());
                    case NATIONAL_ID -> p.nationalId();
                    case PHONE -> p.phone();
                    case ADDRESS -> p.address();
                    case REASON -> r.reason();
                });
            }
            values.forEach((f, v) -> {
                if (v != null && !v.isBlank()) {
                    fields.add(new Object[] {referral, f.name(), v});
                }
            });
        }

        void write(Sql sql) {
            sql.batch("insert into cas_case (id, version, module, reference, person_id, initials, centre_id,"
                    + " region_code, province_code, worker, supervisor, restricted, step, opened_on, closed_on,"
                    + " close_reason, next_follow_up, referral_due, triage, attention, created_at, created_by,"
                    + " updated_at, updated_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)", cases);
            sql.batch("insert into cas_step (case_id, from_step, to_step, reason, note, at, by_user)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", steps);
            sql.batch("insert into cas_plan (case_id, agreed_on, goals, recorded_at, recorded_by)"
                    + " values (?, ?, ?, ?, ?)", plans);
            sql.batch("insert into cas_service (case_id, service_code, given_on, given_by, note, recorded_at)"
                    + " values (?, ?, ?, ?, ?, ?)", services);
            sql.batch("insert into cas_follow_up (case_id, kind, done_on, note, next_due, recorded_at, recorded_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", followUps);
            sql.batch("insert into cas_consent (id, case_id, purpose, basis, given_by, reference, given_on,"
                    + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", consents);
            sql.batch("insert into cas_referral (id, version, case_id, module, target, target_name, region_code,"
                    + " province_code, subject_person_id, purpose, consent_id, reason, due_on, status, outcome,"
                    + " sent_at, sent_by, answered_at, answered_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)", referrals);
            sql.batch("insert into cas_referral_field (referral_id, field, value) values (?, ?, ?)", fields);
        }


        /** A working hour of that day, the same for the same case and event at every first start. */
        private static LocalDateTime at(LocalDate day, long caseId, int event) {
            return day.atTime(8 + (int) ((caseId + event) % 9), (int) ((caseId * 7 + event * 13) % 60));
        }
    }
}
