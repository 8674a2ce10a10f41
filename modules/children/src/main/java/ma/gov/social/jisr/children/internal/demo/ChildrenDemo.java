package ma.gov.social.jisr.children.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.TeamMember;
import ma.gov.social.jisr.casework.api.demo.DemoCases;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.centres.api.DemoCentres;
import ma.gov.social.jisr.children.api.Team;
import ma.gov.social.jisr.children.internal.ChildrenCases;
import ma.gov.social.jisr.people.api.DemoPeople;
import ma.gov.social.jisr.people.api.PersonCard;
import ma.gov.social.jisr.people.api.Sex;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The children's demo in the eight "Awladna" pilots: each province's worker in its three teams, foster families,
 * the provincial committee (members, a meeting held and one planned, the year's action plan) and child cases
 * at every step with assessments, measures, placements within the places, flags and life projects. The
 * persons and centres are the people's and centres' demo records; the kernel writes its own tables.
 */
@ApplicationScoped
public class ChildrenDemo implements DemoData {
    private static final long SEED = 2026_13;
    static final List<Pilot> PILOTS = List.of(new Pilot("MA-RAB", "MA-04", "agent.rabat", "coord.rabat", 45),
            new Pilot("MA-SAL", "MA-04", "enfance.sale", "coord.rabat", 30),
            new Pilot("MA-CAS", "MA-06", "enfance.casa", "coord.casa", 45),
            new Pilot("MA-TNG", "MA-01", "enfance.tanger", "coord.enfance", 30),
            new Pilot("MA-MEK", "MA-03", "enfance.meknes", "coord.enfance", 25),
            new Pilot("MA-MAR", "MA-07", "enfance.marrakech", "coord.enfance", 30),
            new Pilot("MA-AGD", "MA-09", "enfance.agadir", "coord.enfance", 25),
            new Pilot("MA-LAA", "MA-11", "enfance.laayoune", "coord.enfance", 20));

    record Pilot(String province, String regionCode, String worker, String supervisor, int cases) {
    }

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private DemoPeople people;
    @Inject
    private DemoCentres centres;
    @Inject
    private DemoCases cases;

    @Override
    public String module() {
        return ChildrenCases.MODULE;
    }

    /** After the women's demo (40), whose children it does not take. */
    @Override
    public int order() {
        return 45;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "chi_identification");
    }

    @Override
    @Transactional
    public String seed() {
        int year = AS_OF.getYear();
        Map<String, List<PersonCard>> children = Stream.concat(people.persons(Sex.FEMALE, year - 16, year - 1).stream(),
                people.persons(Sex.MALE, year - 16, year - 1).stream())
                .collect(Collectors.groupingBy(PersonCard::provinceCode));
        Map<String, List<CentreCard>> places = centres.open(Set.of(CentreType.CHILD_PROTECTION_UNIT,
                CentreType.CHILD_PROTECTION_CENTRE)).stream().collect(Collectors.groupingBy(CentreCard::provinceCode));
        Sql sql = new Sql(dataSource);
        LongSupplier ids = sql.ids("chi_seq", 1);
        DemoChildren made = new DemoChildren(new Random(SEED), ids);
        DemoCommittees committees = new DemoCommittees(made, ids);
        List<TeamMember> teams = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Pilot pilot : PILOTS) {
            List<PersonCard> kids = children.getOrDefault(pilot.province(), List.of());
            List<CentreCard> here = places.getOrDefault(pilot.province(), List.of());
            for (Team t : Team.values()) {
                teams.add(new TeamMember(t.name(), pilot.province(), pilot.worker(), null));
            }
            committees.province(pilot);
            if (kids.isEmpty() || here.isEmpty()) {
                skipped.add(pilot.province());
                continue;
            }
            made.province(pilot, kids, here, committees.families(pilot));
        }
        cases.teams(ChildrenCases.MODULE, teams);
        List<Long> caseIds = cases.write(made.kernel);
        for (DemoChildren.Pending p : made.pending) {
            Object[] row = new Object[p.row().length + 1];
            int at = "identification".equals(p.table()) ? 0 : 1;
            System.arraycopy(p.row(), 0, row, 0, at);
            row[at] = caseIds.get(p.index());
            System.arraycopy(p.row(), at, row, at + 1, p.row().length - at);
            made.add(p.table(), row);
        }
        made.taken.forEach((holder, counts) -> made.add("holder", holder.substring(0, holder.indexOf(':')),
                Long.parseLong(holder.substring(holder.indexOf(':') + 1)), counts[0], counts[1]));
        write(sql, made.rows);
        return String.format("%d children's cases in %d pilot provinces%s, %d measures, %d placements, %d flags,"
                + " %d foster families, %d committee members, %d plan actions", caseIds.size(),
                PILOTS.size() - skipped.size(), skipped.isEmpty() ? "" : " (none in " + skipped + ")",
                count(made, "measure"), count(made, "placement"), count(made, "flag"), count(made, "foster_family"),
                count(made, "committee_member"), count(made, "plan_action"));
    }

    private static int count(DemoChildren made, String table) {
        return made.rows.getOrDefault(table, List.of()).size();
    }

    private static final Map<String, String> INSERTS = new LinkedHashMap<>();

    static {
        INSERTS.put("foster_family", "(id, reference, family_name, address, region_code, province_code, approved_on,"
                + " approval_reference, capacity, trained_on, status, recorded_at, recorded_by)");
        INSERTS.put("holder", "(kind, holder_id, places, occupied)");
        INSERTS.put("identification", "(case_id, identified_on, source, situations, immediate_danger, account, sex,"
                + " birth_date, adult_on, region_code, province_code, emergency_due, emergency_met_at, recorded_at,"
                + " recorded_by)");
        INSERTS.put("assessment", "(id, case_id, assessed_on, safety, health, education, family, legal_status,"
                + " immediate_danger, danger, recorded_at, recorded_by)");
        INSERTS.put("measure", "(id, case_id, kind, decided_by, decision_reference, decided_on, duration_months,"
                + " review_on, province_code, region_code, recorded_at, recorded_by)");
        INSERTS.put("placement", "(id, case_id, measure_id, kind, holder_id, placed_on, province_code, recorded_at,"
                + " recorded_by)");
        INSERTS.put("goal", "(id, case_id, domain, goal, target_on, recorded_at, recorded_by)");
        INSERTS.put("action", "(id, case_id, goal_id, action, done_by, due_on, recorded_at, recorded_by)");
        INSERTS.put("flag", "(id, case_id, kind, level, raised_on, closed_on, outcome, region_code, province_code,"
                + " recorded_at, recorded_by)");
        INSERTS.put("flag_action", "(id, flag_id, action, done_on, note, recorded_at, recorded_by)");
        INSERTS.put("committee_member", "(id, region_code, province_code, institution, delegate, function_title,"
                + " member_since, recorded_at, recorded_by)");
        INSERTS.put("meeting", "(id, region_code, province_code, meets_on, place, agenda, status, recorded_at,"
                + " recorded_by)");
        INSERTS.put("attendance", "(meeting_id, member_id, present)");
        INSERTS.put("decision", "(id, meeting_id, decision, recorded_at, recorded_by)");
        INSERTS.put("plan_action", "(id, region_code, province_code, plan_year, action, institution, deadline, status,"
                + " indicator, target, achieved, decision_id, recorded_at, recorded_by)");
    }

    /** In the order of the foreign keys. */
    private static void write(Sql sql, Map<String, List<Object[]>> rows) {
        INSERTS.forEach((table, columns) -> {
            List<Object[]> list = rows.getOrDefault(table, List.of());
            if (!list.isEmpty()) {
                String marks = String.join(", ", java.util.Collections.nCopies(list.get(0).length, "?"));
                sql.batch("insert into chi_" + table + " " + columns + " values (" + marks + ")", list);
            }
        });
    }
}
