package ma.gov.social.jisr.children.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.casework.api.Texts;
import ma.gov.social.jisr.children.api.FosterFamily;
import ma.gov.social.jisr.children.api.FosterFamily.FosterStatus;
import ma.gov.social.jisr.children.api.FosterFamilyService;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.territory.Province;
import ma.gov.social.jisr.platform.api.territory.TerritoryService;

/**
 * The foster families registry. A family takes children only once approved (a decision's reference and date,
 * training done); its capacity can never fall below the children it holds.
 */
@Stateless
@RolesAllowed({Roles.CASE_WORKER_CHILDREN, Roles.REGIONAL_COORDINATOR})
public class FosterFamilyBean implements FosterFamilyService {
    private static final String SELECT = "select f.*, coalesce(h.occupied, 0) taken, (select max(v.visited_on) from"
            + " chi_visit v where v.family_id = f.id) last_visit from chi_foster_family f left join chi_holder h"
            + " on h.kind = 'FOSTER_FAMILY' and h.holder_id = f.id";

    @Inject
    private ChildStore store;
    @Inject
    private CurrentUser me;
    @Inject
    private TerritoryService territories;
    @Inject
    private PersonDirectory persons;
    @Inject
    private AuditLog audit;

    @Override
    public long save(FosterFamily f) {
        Province p = territories.province(f.provinceCode()).filter(x -> me.scope().covers(x.regionCode(), x.code()))
                .orElseThrow(() -> new JisrException("children.family.provinceRequired"));
        String name = Texts.required(f.familyName(), 200, "children.family.nameRequired");
        if (f.capacity() < 1 || f.capacity() > 12) {
            throw new JisrException("children.family.capacity");
        }
        FosterStatus status = f.status() == null ? FosterStatus.CANDIDATE : f.status();
        if (status == FosterStatus.APPROVED && (f.approvedOn() == null || f.approvalReference() == null
                || f.approvalReference().isBlank() || f.trainedOn() == null)) {
            throw new JisrException("children.family.approvalIncomplete");
        }
        if (f.approvedOn() != null && f.approvedOn().isAfter(LocalDate.now())) {
            throw new JisrException("casework.date.future");
        }
        if (f.guardianPersonId() != null && persons.card(f.guardianPersonId()).isEmpty()) {
            throw new JisrException("casework.personRequired");
        }
        Sql sql = store.sql();
        long id = f.id();
        if (id == 0) {
            id = store.nextId();
            sql.update("insert into chi_foster_family (id, reference, family_name, guardian_person_id, address, phone,"
                    + " region_code, province_code, approved_on, approval_reference, capacity, trained_on, status,"
                    + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    "FA-" + p.code().substring(3) + "-" + id, name, f.guardianPersonId(), Texts.clip(f.address(), 500),
                    Texts.clip(f.phone(), 30), p.regionCode(), p.code(), f.approvedOn(),
                    Texts.clip(f.approvalReference(), 120), f.capacity(), f.trainedOn(), status.name(), store.now(),
                    store.me());
        } else {
            family(id);
            int held = (int) sql.number("select coalesce(max(occupied), 0) from chi_holder where kind = 'FOSTER_FAMILY'"
                    + " and holder_id = ?", id);
            if (f.capacity() < held) {
                throw new JisrException("children.family.capacityBelowHeld", held);
            }
            if (sql.update("update chi_foster_family set version = version + 1, family_name = ?, guardian_person_id = ?,"
                    + " address = ?, phone = ?, approved_on = ?, approval_reference = ?, capacity = ?, trained_on = ?,"
                    + " status = ? where id = ? and version = ?", name, f.guardianPersonId(), Texts.clip(f.address(), 500),
                    Texts.clip(f.phone(), 30), f.approvedOn(), Texts.clip(f.approvalReference(), 120), f.capacity(),
                    f.trainedOn(), status.name(), id, f.version()) == 0) {
                throw new JisrException("common.changedMeanwhile");
            }
            sql.update("update chi_holder set places = ? where kind = 'FOSTER_FAMILY' and holder_id = ?", f.capacity(),
                    id);
        }
        audit.record(AuditEntry.of(ChildrenCases.MODULE, "foster-family", id, f.id() == 0 ? AuditAction.CREATE
                : AuditAction.UPDATE).inTerritory(p.regionCode(), p.code()).withDetail(status.name()));
        return id;
    }

    @Override
    public List<FosterFamily> families(String provinceCode) {
        String where = me.scope().isNational() ? " where 1 = 1" : switch (me.scope().level()) {
            case REGION -> " where f.region_code = ?";
            default -> " where f.province_code = ?";
        };
        List<Object> params = new java.util.ArrayList<>();
        if (!me.scope().isNational()) {
            params.add(me.scope().code());
        }
        if (provinceCode != null && !provinceCode.isBlank()) {
            where += " and f.province_code = ?";
            params.add(provinceCode);
        }
        audit.record(AuditEntry.of(ChildrenCases.MODULE, "foster-family", null, AuditAction.READ_PERSONAL_DATA)
                .inScope(me.scope()));
        return store.sql().list(SELECT + where + " order by f.province_code, f.family_name limit 1000",
                FosterFamilyBean::family, params.toArray());
    }

    @Override
    public void homeVisit(long familyId, LocalDate visitedOn, String note) {
        FosterFamily f = family(familyId);
        if (visitedOn == null || visitedOn.isAfter(LocalDate.now())) {
            throw new JisrException(visitedOn == null ? "casework.date.required" : "casework.date.future");
        }
        store.sql().update("insert into chi_visit (id, family_id, visited_on, note, recorded_at, recorded_by) values"
                + " (?, ?, ?, ?, ?, ?)", store.nextId(), familyId, visitedOn,
                Texts.required(note, 1000, "children.visit.noteRequired"), store.now(), store.me());
        audit.record(AuditEntry.of(ChildrenCases.MODULE, "foster-family", familyId, AuditAction.UPDATE)
                .inTerritory(null, f.provinceCode()).withDetail("home visit"));
    }

    /** A family of the caller's territory, else "not found". */
    private FosterFamily family(long id) {
        return store.sql().one(SELECT + " where f.id = ?", r -> me.scope().covers(r.string("region_code"),
                        r.string("province_code")) ? family(r) : null, id)
                .filter(java.util.Objects::nonNull)
                .orElseThrow(() -> new JisrException("children.family.notFound"));
    }

    private static FosterFamily family(ma.gov.social.jisr.platform.api.sql.Row r) throws java.sql.SQLException {
        return new FosterFamily(r.number("id"), r.number("version"), r.string("reference"), r.string("family_name"),
                r.nullableNumber("guardian_person_id"), r.string("address"), r.string("phone"),
                r.string("province_code"), r.date("approved_on"), r.string("approval_reference"),
                r.integer("capacity"), r.integer("taken"), r.date("trained_on"),
                r.enumValue("status", FosterStatus.class), r.date("last_visit"));
    }
}
