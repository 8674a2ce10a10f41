package ma.gov.social.jisr.children.internal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import ma.gov.social.jisr.casework.api.CaseStep;
import ma.gov.social.jisr.casework.api.CloseReason;
import ma.gov.social.jisr.casework.api.ConsentBasis;
import ma.gov.social.jisr.casework.api.ConsentPurpose;
import ma.gov.social.jisr.casework.api.demo.DemoCase;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.children.api.AssessmentDomain;
import ma.gov.social.jisr.children.api.Concern;
import ma.gov.social.jisr.children.api.DangerLevel;
import ma.gov.social.jisr.children.api.IdentificationSource;
import ma.gov.social.jisr.children.api.MeasureKind;
import ma.gov.social.jisr.children.api.Situation;
import ma.gov.social.jisr.children.internal.ChildRules;
import ma.gov.social.jisr.children.internal.ChildrenCases;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.module.DemoData;

/**
 * The children's demo cases of one pilot province, in memory: the kernel's part ({@link DemoCase}) and the
 * module's rows (identification, assessment, measures, placements within the places, flags, life project).
 * Ids are drawn first so that rows can point at each other; {@link ChildrenDemo} writes them.
 */
final class DemoChildren {
    private static final LocalDate AS_OF = DemoData.AS_OF;
    private static final MeasureKind[] MEASURES = MeasureKind.values();
    private static final IdentificationSource[] SOURCES = {IdentificationSource.FIELD_TEAM,
        IdentificationSource.SCHOOL, IdentificationSource.HEALTH_SERVICE, IdentificationSource.POLICE,
        IdentificationSource.PROSECUTOR, IdentificationSource.HOTLINE, IdentificationSource.MOBILE_SOCIAL_UNIT,
        IdentificationSource.FAMILY};

    final List<DemoCase> kernel = new ArrayList<>();
    /** Rows that need the kernel's case id: filled in once the kernel wrote the cases (index into kernel). */
    final List<Pending> pending = new ArrayList<>();
    final Map<String, List<Object[]>> rows = new HashMap<>();
    /** Places and places taken per holder ("INSTITUTION:12"), so that no holder takes more than its places. */
    final Map<String, int[]> taken = new HashMap<>();

    record Pending(int index, String table, Object[] row) {
    }

    private final Random dice;
    private final LongSupplier ids;

    DemoChildren(Random dice, LongSupplier ids) {
        this.dice = dice;
        this.ids = ids;
    }

    void province(ChildrenDemo.Pilot pilot, List<PersonCard> children, List<CentreCard> centres,
                  Map<Long, Integer> families) {
        CentreCard unit = centres.stream().filter(c -> c.type() == CentreType.CHILD_PROTECTION_UNIT).findFirst()
                .orElse(centres.get(0));
        List<CentreCard> institutions = centres.stream().filter(c -> c.type() == CentreType.CHILD_PROTECTION_CENTRE
                && c.beds() > 0).toList();
        for (int i = 0; i < Math.min(pilot.cases(), children.size()); i++) {
            PersonCard child = children.get(i);
            LocalDate adultOn = ChildRules.adultOn(child.birthDate(), child.birthYear());
            LocalDate opened = AS_OF.minusDays(5 + dice.nextInt(420));
            if (!opened.isBefore(adultOn)) {
                continue;
            }
            CaseStep reached = CaseStep.values()[dice.nextInt(5)];
            boolean closed = reached == CaseStep.FOLLOW_UP && dice.nextInt(3) == 0 && opened.isBefore(AS_OF.minusDays(90));
            boolean immediate = dice.nextInt(8) == 0;
            Map<AssessmentDomain, Concern> concerns = new EnumMap<>(AssessmentDomain.class);
            for (AssessmentDomain d : AssessmentDomain.values()) {
                concerns.put(d, Concern.values()[dice.nextInt(immediate ? 4 : 3)]);
            }
            DangerLevel danger = reached == CaseStep.REGISTERED ? (immediate ? DangerLevel.IMMEDIATE : null)
                    : ChildRules.danger(concerns, immediate);
            // a measure for every immediate danger (the next day) and for most assessed children
            boolean measured = immediate || reached.ordinal() >= CaseStep.PLAN_AGREED.ordinal()
                    || reached == CaseStep.ASSESSED && dice.nextBoolean();
            LocalDate decided = immediate ? opened.plusDays(1) : opened.plusDays(2 + dice.nextInt(80));
            if (decided.isAfter(AS_OF)) {
                decided = AS_OF;
            }
            LocalDate reachedOn = measured ? max(decided, opened.plusDays(10)) : opened.plusDays(10);
            reachedOn = reachedOn.isAfter(AS_OF) ? AS_OF : reachedOn;
            LocalDate closedOn = closed ? min(reachedOn.plusDays(30), AS_OF) : null;
            int index = kernel.size();
            kernel.add(new DemoCase(ChildrenCases.MODULE, child.id(), unit.id(), pilot.worker(), pilot.supervisor(),
                    i % 12 == 0, opened, reached, reachedOn, closed ? CloseReason.GOALS_MET : null, closedOn,
                    closed ? "Enfant réinséré, suivi terminé." : null, danger == null ? null : danger.name(), null,
                    reached.ordinal() >= CaseStep.PLAN_AGREED.ordinal() ? "Protéger l'enfant et préparer son retour"
                            + " en famille." : null, List.of(), List.of(), List.of(new DemoCase.Agreement(
                            ConsentPurpose.SHARE_WITH_JUSTICE, ConsentBasis.CHILD_IN_DANGER, "Art. 512 CPP", opened)),
                    List.of()));
            Situation s = Situation.values()[dice.nextInt(Situation.values().length)];
            String situations = s == Situation.ABUSE_OR_VIOLENCE || dice.nextBoolean() ? s.name()
                    : s.name() + "," + Situation.NEGLECT.name();
            LocalDateTime seen = opened.atTime(10, 0);
            pending(index, "identification", opened, SOURCES[dice.nextInt(SOURCES.length)].name(), situations,
                    immediate, "Signalement reçu ; enfant vu par l'équipe le jour même.", child.sex() == null ? null
                    : child.sex().name(), child.birthDate(), adultOn, pilot.regionCode(), pilot.province(),
                    immediate ? seen.plusHours(24) : null, immediate ? decided.atTime(11, 0) : null, seen,
                    pilot.worker());
            if (reached != CaseStep.REGISTERED) {
                pending(index, "assessment", ids.getAsLong(), opened.plusDays(3), concerns.get(AssessmentDomain.SAFETY)
                        .ordinal(), concerns.get(AssessmentDomain.HEALTH).ordinal(),
                        concerns.get(AssessmentDomain.EDUCATION).ordinal(), concerns.get(AssessmentDomain.FAMILY)
                        .ordinal(), concerns.get(AssessmentDomain.LEGAL_STATUS).ordinal(), immediate, danger.name(),
                        opened.plusDays(3).atTime(12, 0), pilot.worker());
            }
            if (measured) {
                measure(index, pilot, decided, institutions, families);
            }
            if (dice.nextInt(3) == 0 && child.birthYear() <= AS_OF.getYear() - 10) {
                boolean girl = child.sex() == Sex.FEMALE && dice.nextBoolean();
                long flag = ids.getAsLong();
                LocalDate raised = min(opened.plusDays(7), AS_OF);
                boolean ended = dice.nextBoolean();
                pending(index, "flag", flag, girl ? "EARLY_MARRIAGE" : "SCHOOL_DROPOUT", dice.nextBoolean() ? "RISK"
                        : "ACTUAL", raised, ended ? min(raised.plusDays(40), AS_OF) : null, ended ? girl ? "PREVENTED"
                        : "BACK_TO_SCHOOL" : null, pilot.regionCode(), pilot.province(), raised.atTime(9, 0),
                        pilot.worker());
                add("flag_action", ids.getAsLong(), flag, girl ? "FAMILY_MEDIATION" : "SCHOOL_REINTEGRATION",
                        min(raised.plusDays(10), AS_OF), "Rencontre avec la famille.", raised.atTime(9, 0),
                        pilot.worker());
            }
            if (reached.ordinal() >= CaseStep.PLAN_AGREED.ordinal()) {
                long goal = ids.getAsLong();
                pending(index, "goal", goal, dice.nextBoolean() ? "EDUCATION" : "FAMILY", "Retour à l'école et"
                        + " maintien du lien avec la famille.", AS_OF.plusMonths(6), opened.atTime(14, 0),
                        pilot.worker());
                pending(index, "action", ids.getAsLong(), goal, "Inscription au collège le plus proche",
                        "Assistante sociale", AS_OF.plusDays(dice.nextInt(60) - 20), opened.atTime(14, 0),
                        pilot.worker());
            }
        }
    }

    private void measure(int index, ChildrenDemo.Pilot pilot, LocalDate decided, List<CentreCard> institutions,
                         Map<Long, Integer> families) {
        MeasureKind kind = MEASURES[dice.nextInt(MEASURES.length)];
        String holderKind = null;
        Long holder = null;
        if (kind == MeasureKind.INSTITUTION_PLACEMENT && !institutions.isEmpty()) {
            CentreCard c = institutions.get(dice.nextInt(institutions.size()));
            holderKind = free("INSTITUTION", c.id(), c.beds()) ? "INSTITUTION" : null;
            holder = c.id();
        } else if (kind == MeasureKind.FOSTER_FAMILY && !families.isEmpty()) {
            var f = new ArrayList<>(families.entrySet()).get(dice.nextInt(families.size()));
            holderKind = free("FOSTER_FAMILY", f.getKey(), f.getValue()) ? "FOSTER_FAMILY" : null;
            holder = f.getKey();
        } else if (kind == MeasureKind.RETURN_TO_FAMILY_UNDER_SUPERVISION) {
            holderKind = "FAMILY_RETURN";
        }
        long measure = ids.getAsLong();
        pending(index, "measure", measure, kind.name(), dice.nextBoolean() ? "JUVENILE_JUDGE" : "PROSECUTOR",
                "TPI-" + pilot.province().substring(3) + "/" + decided.getYear() + "/" + (100 + index), decided, 12,
                decided.plusMonths(dice.nextInt(4) == 0 ? 1 : 6), pilot.province(), pilot.regionCode(),
                decided.atTime(16, 0), pilot.worker());
        if (holderKind != null) {
            pending(index, "placement", ids.getAsLong(), measure, holderKind, "FAMILY_RETURN".equals(holderKind) ? null
                    : holder, decided, pilot.province(), decided.atTime(17, 0), pilot.worker());
        }
    }

    /** Takes a place at the holder if one is free. */
    private boolean free(String kind, long holder, int places) {
        int[] counts = taken.computeIfAbsent(kind + ":" + holder, k -> new int[] {places, 0});
        if (counts[1] >= places) {
            return false;
        }
        counts[1]++;
        return true;
    }

    private void pending(int index, String table, Object... row) {
        pending.add(new Pending(index, table, row));
    }

    void add(String table, Object... row) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
