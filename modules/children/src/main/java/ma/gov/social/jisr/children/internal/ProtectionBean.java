package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.casework.api.CaseRef;
import ma.gov.social.jisr.casework.api.CaseWork;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.centres.api.CentreCard;
import ma.gov.social.jisr.centres.api.CentreDirectory;
import ma.gov.social.jisr.centres.api.CentreType;
import ma.gov.social.jisr.children.api.DecidedBy;
import ma.gov.social.jisr.children.api.Measure;
import ma.gov.social.jisr.children.api.MeasureData;
import ma.gov.social.jisr.children.api.MeasureKind;
import ma.gov.social.jisr.children.api.PlaceHolder;
import ma.gov.social.jisr.children.api.Placement;
import ma.gov.social.jisr.children.api.PlacementKind;
import ma.gov.social.jisr.children.api.ProtectionService;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.TerritorialScope;

/** Protection measures and placements; each change calls for a review of the life project. */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class ProtectionBean implements ProtectionService {
    private static final String SELECT_MEASURE = "select * from chi_measure";

    @Inject
    private CaseWork work;
    @Inject
    private ChildStore store;
    @Inject
    private Places places;
    @Inject
    private CentreDirectory centres;
    @Inject
    private CurrentUser me;

    @Override
    public long decide(long caseId, MeasureData m) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        ChildRules.checkMeasure(m, c.openedOn(), LocalDate.now());
        long id = store.nextId();
        store.sql().update("insert into chi_measure (id, case_id, kind, decided_by, decision_reference, decided_on,"
                + " duration_months, review_on, province_code, region_code, recorded_at, recorded_by) values (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, caseId, m.kind().name(), m.decidedBy().name(),
                Texts.required(m.decisionReference(), 120, "children.measure.referenceRequired"), m.decidedOn(),
                m.durationMonths(), m.reviewOn(), c.provinceCode(), c.regionCode(), store.now(), store.me());
        store.emergencyMet(caseId);
        store.reviewDue(caseId, m.decidedOn(), "MEASURE_DECIDED");
        store.remark(caseId);
        store.audit(c, AuditAction.UPDATE, "measure " + m.kind() + " by " + m.decidedBy());
        return id;
    }

    @Override
    public void reviewMeasure(long measureId, LocalDate reviewedOn, String outcome, LocalDate nextReviewOn) {
        Measure m = measure(measureId);
        CaseRef c = work.handled(ChildrenCases.MODULE, store.caseOf("chi_measure", measureId));
        ChildRules.checkMeasureReview(m.decidedOn(), reviewedOn, nextReviewOn, LocalDate.now());
        store.sql().update("update chi_measure set last_reviewed_on = ?, last_review = ?, review_on = ? where id = ?",
                reviewedOn, Texts.required(outcome, 1000, "children.review.outcomeRequired"), nextReviewOn, measureId);
        store.audit(c, AuditAction.UPDATE, "measure " + measureId + " reviewed");
    }

    @Override
    public void endMeasure(long measureId, LocalDate endedOn) {
        Measure m = measure(measureId);
        CaseRef c = work.handled(ChildrenCases.MODULE, store.caseOf("chi_measure", measureId));
        if (!m.active()) {
            throw new JisrException("children.measure.ended");
        }
        ChildRules.date(endedOn, m.decidedOn(), LocalDate.now());
        store.sql().update("update chi_measure set ended_on = ? where id = ?", endedOn, measureId);
        store.reviewDue(c.id(), endedOn, "MEASURE_ENDED");
        store.remark(c.id());
        store.audit(c, AuditAction.UPDATE, "measure " + measureId + " ended");
    }

    @Override
    public List<Measure> measures(long caseId) {
        work.readable(ChildrenCases.MODULE, caseId);
        return store.sql().list(SELECT_MEASURE + " where case_id = ? order by decided_on desc, id desc",
                ProtectionBean::measure, caseId);
    }

    @Override
    public long place(long caseId, PlacementKind kind, Long holderId, Long measureId, LocalDate placedOn) {
        CaseRef c = work.handled(ChildrenCases.MODULE, caseId);
        if (kind == null) {
            throw new JisrException("children.placement.kindRequired");
        }
        ChildRules.date(placedOn, c.openedOn(), LocalDate.now());
        Sql sql = store.sql();
        if (sql.number("select count(*) from chi_placement where case_id = ? and ended_on is null", caseId) > 0) {
            throw new JisrException("children.placement.alreadyPlaced");
        }
        if (measureId != null && sql.number("select count(*) from chi_measure where id = ? and case_id = ?"
                + " and ended_on is null", measureId, caseId) == 0) {
            throw new JisrException("children.placement.measureRequired");
        }
        if (kind.takesAPlace()) {
            if (holderId == null) {
                throw new JisrException(kind == PlacementKind.INSTITUTION ? "children.placement.institutionRequired"
                        : "children.placement.familyNotApproved");
            }
            places.take(kind, holderId);
        }
        long id = store.nextId();
        sql.update("insert into chi_placement (id, case_id, measure_id, kind, holder_id, placed_on, province_code,"
                + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, caseId, measureId, kind.name(),
                kind.takesAPlace() ? holderId : null, placedOn, c.provinceCode(), store.now(), store.me());
        store.reviewDue(caseId, placedOn, "PLACEMENT_STARTED");
        store.remark(caseId);
        store.audit(c, AuditAction.UPDATE, "placed: " + kind + (kind.takesAPlace() ? " " + holderId : ""));
        return id;
    }

    @Override
    public void endPlacement(long placementId, LocalDate endedOn, String note) {
        CaseRef c = work.handled(ChildrenCases.MODULE, store.caseOf("chi_placement", placementId));
        Placement p = placements(c.id()).stream().filter(x -> x.id() == placementId).findFirst().orElseThrow();
        if (!p.current()) {
            throw new JisrException("children.placement.ended");
        }
        ChildRules.date(endedOn, p.placedOn(), LocalDate.now());
        // only one of two simultaneous endings ends it, so that the place is given back once
        if (store.sql().update("update chi_placement set ended_on = ?, end_note = ? where id = ? and ended_on is null",
                endedOn, Texts.clip(note, 500), placementId) == 0) {
            throw new JisrException("children.placement.ended");
        }
        if (p.kind().takesAPlace()) {
            places.release(p.kind(), p.holderId());
        }
        store.reviewDue(c.id(), endedOn, "PLACEMENT_ENDED");
        store.remark(c.id());
        store.audit(c, AuditAction.UPDATE, "placement " + placementId + " ended");
    }

    @Override
    public void visit(long placementId, LocalDate visitedOn, String note) {
        CaseRef c = work.handled(ChildrenCases.MODULE, store.caseOf("chi_placement", placementId));
        Placement p = placements(c.id()).stream().filter(x -> x.id() == placementId).findFirst().orElseThrow();
        ChildRules.date(visitedOn, p.placedOn(), LocalDate.now());
        store.sql().update("insert into chi_visit (id, placement_id, visited_on, note, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?)", store.nextId(), placementId, visitedOn,
                Texts.required(note, 1000, "children.visit.noteRequired"), store.now(), store.me());
        store.audit(c, AuditAction.UPDATE, "visit to placement " + placementId);
    }

    @Override
    public List<Placement> placements(long caseId) {
        work.readable(ChildrenCases.MODULE, caseId);
        Sql sql = store.sql();
        Map<Long, List<Placement.Visit>> visits = new HashMap<>();
        sql.list("select v.placement_id, v.visited_on, v.note, v.recorded_by from chi_visit v join chi_placement p on"
                + " p.id = v.placement_id where p.case_id = ? order by v.visited_on", r -> visits.computeIfAbsent(
                r.number("placement_id"), k -> new ArrayList<>()).add(new Placement.Visit(r.date("visited_on"),
                r.string("note"), r.string("recorded_by"))), caseId);
        return sql.list("select p.*, f.family_name from chi_placement p left join chi_foster_family f on f.id ="
                + " p.holder_id and p.kind = 'FOSTER_FAMILY' where p.case_id = ? order by p.placed_on desc, p.id desc",
                r -> {
                    PlacementKind kind = r.enumValue("kind", PlacementKind.class);
                    Long holder = r.nullableNumber("holder_id");
                    CentreCard centre = kind == PlacementKind.INSTITUTION ? centres.card(holder).orElse(null) : null;
                    String family = r.string("family_name");
                    return new Placement(r.number("id"), kind, holder, centre == null ? family : centre.nameAr(),
                            centre == null ? family : centre.nameFr(), r.nullableNumber("measure_id"),
                            r.date("placed_on"), r.date("ended_on"), r.string("end_note"),
                            visits.getOrDefault(r.number("id"), List.of()));
                }, caseId);
    }

    @Override
    public List<PlaceHolder> institutions(String provinceCode) {
        TerritorialScope within = provinceCode == null || provinceCode.isBlank() ? me.scope()
                : TerritorialScope.province(provinceCode);
        List<CentreCard> found = centres.open(Set.of(CentreType.CHILD_PROTECTION_CENTRE), within).stream()
                .filter(x -> me.scope().covers(x.regionCode(), x.provinceCode())).toList();
        Map<Long, Integer> taken = places.occupied(PlacementKind.INSTITUTION, found.stream().map(CentreCard::id)
                .toList());
        return found.stream().map(x -> new PlaceHolder(PlacementKind.INSTITUTION, x.id(), x.nameAr(), x.nameFr(),
                x.provinceCode(), x.beds() == null ? 0 : x.beds(), taken.getOrDefault(x.id(), 0))).toList();
    }

    private Measure measure(long measureId) {
        return store.sql().one(SELECT_MEASURE + " where id = ?", ProtectionBean::measure, measureId)
                .orElseThrow(() -> new JisrException("children.measure.notFound"));
    }

    private static Measure measure(ma.gov.social.jisr.platform.api.sql.Row r) throws java.sql.SQLException {
        return new Measure(r.number("id"), r.enumValue("kind", MeasureKind.class),
                r.enumValue("decided_by", DecidedBy.class), r.string("decision_reference"), r.date("decided_on"),
                r.integer("duration_months"), r.date("review_on"), r.date("last_reviewed_on"), r.string("last_review"),
                r.date("ended_on"));
    }
}
