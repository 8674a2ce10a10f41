package ma.gov.social.jisr.funding.internal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.Rejection;
import ma.gov.social.jisr.funding.api.TieRule;
import ma.gov.social.jisr.funding.internal.Selection;
import ma.gov.social.jisr.platform.api.module.DemoData;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The demo's calls and their projects at every stage: the 2023 call decided (its selection computed by the
 * same rule the committee sees, so the ranking screen agrees with the stored decision) and its agreements
 * signed, paid, reported, returned, terminated; a 2026 call half scored; a 2027 call receiving; a draft.
 */
@ApplicationScoped
public class CallsDemo implements DemoData {
    private static final long SEED = 2023_05_02;
    private static final int[] WEIGHTS = {30, 25, 20, 15, 10};

    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;

    @Override
    public String module() {
        return "funding";
    }

    /** After the associations (FundingDemo), which it reads. */
    @Override
    public int order() {
        return 51;
    }

    @Override
    public boolean present() {
        return DemoData.holdsRows(dataSource, "fun_call");
    }

    record Association(long id, String region, String province, LocalDate registeredOn, boolean rib, String status) {
    }

    record Written(long id, String reference, DemoProjects.Drawn drawn, Association association) {
    }

    @Override
    @Transactional
    public String seed() {
        Sql sql = new Sql(dataSource);
        Random random = new Random(SEED);
        DemoProjects projects = new DemoProjects(random);
        List<Association> associations = sql.list("select id, region_code, province_code, registered_on, rib, status"
                + " from fun_association order by id", r -> new Association(r.number("id"), r.string("region_code"),
                r.string("province_code"), r.date("registered_on"), r.string("rib") != null, r.string("status")));
        Map<String, Long> calls = new HashMap<>();
        LongSupplier callIds = sql.ids("fun_call_seq", 50);
        for (DemoCalls.Call c : DemoCalls.ALL) {
            long id = callIds.getAsLong();
            calls.put(c.reference(), id);
            writeCall(sql, id, c);
        }
        LongSupplier ids = sql.ids("fun_project_seq", 50);
        List<Written> family = write(sql, ids, calls, projects.family2023(), eligible(associations,
                DemoCalls.FAMILY_2023, true), random);
        scores(sql, family, projects, 3, 0);
        decide(sql, family);
        List<Written> women = write(sql, ids, calls, projects.of(DemoCalls.WOMEN_2026, 24, AS_OF.atStartOfDay()),
                eligible(associations, DemoCalls.WOMEN_2026, false), random);
        scores(sql, women, projects, 1, 2);
        List<Written> children = write(sql, ids, calls, projects.of(DemoCalls.CHILDREN_2027, 5,
                AS_OF.atTime(12, 0)), eligible(associations, DemoCalls.CHILDREN_2027, false), random);
        String agreements = new DemoAgreements(sql, random).write(family.stream().filter(w -> w.drawn().score() >= 70)
                .toList());
        return "%d calls, %d projects (%d, %d and %d), %s".formatted(calls.size(), family.size() + women.size()
                + children.size(), family.size(), women.size(), children.size(), agreements);
    }

    private static List<Association> eligible(List<Association> all, DemoCalls.Call call, boolean needsRib) {
        LocalDate born = call.opensAt().toLocalDate().minusYears(call.minYears());
        return all.stream().filter(a -> !a.registeredOn().isAfter(born) && (!needsRib || a.rib())
                && "ACTIVE".equals(a.status())).toList();
    }

    private static void writeCall(Sql sql, long id, DemoCalls.Call c) {
        LocalDateTime at = c.opensAt().minusDays(20);
        sql.update("insert into fun_call (id, reference, title_ar, title_fr, domains, provinces, opens_at, closes_at,"
                + " envelope, ceiling, min_years, pass_mark, tie_rule, province_spread, required_docs, evaluators,"
                + " status, decided_at, decided_by, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, c.reference(),
                c.titleAr(), c.titleFr(), c.domains(), c.provinces(), c.opensAt(), c.closesAt(),
                Dirhams.of(c.envelope()).amount(), Dirhams.of(c.ceiling()).amount(), c.minYears(), c.passMark(),
                c.tieRule(), c.provinceSpread(), c.requiredDocs(), DemoCalls.EVALUATORS, c.status(),
                "DECIDED".equals(c.status()) ? c.closesAt().plusDays(50) : null,
                "DECIDED".equals(c.status()) ? "partenariat" : null, at, AUTHOR, at, AUTHOR);
        List<Object[]> grid = new ArrayList<>();
        for (int i = 0; i < DemoCalls.GRID.length; i++) {
            grid.add(new Object[] {id, i + 1, DemoCalls.GRID[i][0], DemoCalls.GRID[i][1],
                Integer.parseInt(DemoCalls.GRID[i][2])});
        }
        sql.batch("insert into fun_criterion (call_id, position, label_ar, label_fr, weight) values (?, ?, ?, ?, ?)",
                grid);
    }

    private static List<Written> write(Sql sql, LongSupplier ids, Map<String, Long> calls,
                                       List<DemoProjects.Drawn> drawn, List<Association> from, Random random) {
        List<Written> written = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            DemoProjects.Drawn d = drawn.get(i);
            Association a = from.get(random.nextInt(from.size()));
            long id = ids.getAsLong();
            String reference = d.callReference() + "-" + String.format("%04d", i + 1);
            written.add(new Written(id, reference, d, a));
            List<Object[]> budget = DemoBudget.lines(id, d.amount());
            lines.addAll(budget);
            Dirhams own = budget.stream().map(l -> new Dirhams((java.math.BigDecimal) l[4])).reduce(Dirhams.ZERO,
                    Dirhams::plus);
            rows.add(new Object[] {id, calls.get(d.callReference()), a.id(), reference, DemoBudget.title(d.domain(), i), d.domain(), a.region(), a.province(),
                d.components(), 24, d.receivedAt(), d.amount().plus(own).amount(), own.amount(), d.amount().amount(),
                d.receivedAt(), AUTHOR, d.receivedAt(), AUTHOR});
            targets.add(new Object[] {id, DemoBudget.target(d.domain()), 40 + random.nextInt(260)});
        }
        sql.batch("insert into fun_project (id, call_id, association_id, reference, title, domain, region_code,"
                + " province_code, components, duration_months, received_at, total_budget, own_contribution,"
                + " amount_requested, status, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?)", rows);
        sql.batch("insert into fun_budget_line (project_id, position, label, total, own_contribution)"
                + " values (?, ?, ?, ?, ?)", lines);
        sql.batch("insert into fun_project_target (project_id, category, people) values (?, ?, ?)", targets);
        return written;
    }

    /** Declarations and scores; {@code full} evaluators scored everything, {@code partial} about half. */
    private static void scores(Sql sql, List<Written> projects, DemoProjects draw, int full, int partial) {
        String[] panel = DemoCalls.EVALUATORS.split("\\|");
        List<Object[]> declarations = new ArrayList<>();
        List<Object[]> points = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            Written w = projects.get(p);
            int[] totals = draw.totals(w.drawn().score());
            for (int e = 0; e < panel.length; e++) {
                boolean scores = e < full || (e < full + partial && p % (e + 2) == 0);
                boolean conflict = full < panel.length && e == panel.length - 1 && p % 11 == 5;
                LocalDateTime at = w.drawn().receivedAt().plusDays(30 + e);
                if (conflict) {
                    declarations.add(new Object[] {w.id(), panel[e], true, "Membre du bureau de l'association", at});
                } else if (scores) {
                    declarations.add(new Object[] {w.id(), panel[e], false, null, at});
                    int[] split = DemoProjects.points(totals[e], WEIGHTS);
                    for (int c = 0; c < split.length; c++) {
                        points.add(new Object[] {w.id(), panel[e], c + 1, split[c], at});
                    }
                }
            }
        }
        sql.batch("insert into fun_declaration (project_id, evaluator, conflict, note, declared_at)"
                + " values (?, ?, ?, ?, ?)", declarations);
        sql.batch("insert into fun_score (project_id, evaluator, position, points, scored_at) values (?, ?, ?, ?, ?)",
                points);
    }

    /** The 2023 decision, by the committee's own rule over the scores just written. */
    private static void decide(Sql sql, List<Written> projects) {
        List<Selection.Candidate> candidates = new ArrayList<>();
        for (Written w : projects) {
            int score = w.drawn().score();
            candidates.add(new Selection.Candidate(w.id(), w.association().province(), w.drawn().amount(),
                    List.of(score, score, score), w.drawn().receivedAt()));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Selection.Outcome o : Selection.propose(candidates, Dirhams.of(DemoCalls.FAMILY_2023.envelope()),
                DemoCalls.FAMILY_2023.passMark(), TieRule.EARLIER_RECEIVED, false)) {
            Rejection r = o.rejection();
            rows.add(new Object[] {o.proposed() ? "SELECTED" : "REJECTED", o.candidate().average(), o.rank(),
                r == null ? null : r.name(), o.candidate().projectId()});
        }
        sql.batch("update fun_project set status = ?, score = ?, ranking = ?, rejection = ? where id = ?", rows);
    }
}
