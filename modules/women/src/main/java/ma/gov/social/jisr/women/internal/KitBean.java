package ma.gov.social.jisr.women.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.people.api.PersonDirectory;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditEntry;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.women.api.KitFigures;
import ma.gov.social.jisr.women.api.KitFilter;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitMove;
import ma.gov.social.jisr.women.api.KitMovementRow;
import ma.gov.social.jisr.women.api.KitService;
import ma.gov.social.jisr.women.api.KitSource;
import ma.gov.social.jisr.women.api.KitStockRow;

/** The kit stock's acts; reads are {@link KitReader}'s. Every refusal outside the territory is audited. */
@Stateless
@RolesAllowed(Roles.REGIONAL_COORDINATOR)
public class KitBean implements KitService {
    @Inject
    private CurrentUser me;
    @Inject
    private KitHolders holders;
    @Inject
    private KitLedger ledger;
    @Inject
    private AuditLog audit;
    @Inject
    private PersonDirectory persons;
    @EJB
    private KitReader reader;

    @Override
    public long receive(String regionCode, KitKind kind, int quantity, LocalDate on, KitSource source,
                        String reference, String note) {
        KitHolders.Place store = mine(KitHolder.region(String.valueOf(regionCode)));
        checked(kind, quantity, on);
        if (source == null) {
            throw new JisrException("kits.source.required");
        }
        return done(new KitLedger.Movement(KitMove.RECEIPT, kind, quantity, on, null, store, source,
                KitRules.note(reference), KitRules.note(note), null));
    }

    @Override
    public long transfer(String fromRegion, String toRegion, KitKind kind, int quantity, LocalDate on, String note) {
        KitHolders.Place from = mine(KitHolder.region(String.valueOf(fromRegion)));
        KitRules.transfer(fromRegion, toRegion);
        KitHolders.Place to = holders.place(KitHolder.region(toRegion));
        checked(kind, quantity, on);
        return done(new KitLedger.Movement(KitMove.TRANSFER, kind, quantity, on, from, to, null, null,
                KitRules.note(note), null));
    }

    @Override
    public long allocate(String fromRegion, KitHolder to, KitKind kind, int quantity, LocalDate on, String note) {
        KitHolders.Place from = mine(KitHolder.region(String.valueOf(fromRegion)));
        if (to == null || to.type() == KitHolder.Type.REGION) {
            throw new JisrException("kits.allocate.holder");
        }
        KitHolders.Place target = holders.place(to);
        if (!target.regionCode().equals(from.regionCode())) {
            throw new JisrException("kits.allocate.otherRegion");
        }
        checked(kind, quantity, on);
        return done(new KitLedger.Movement(KitMove.ALLOCATION, kind, quantity, on, from, target, null, null,
                KitRules.note(note), null));
    }

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
    public long distribute(KitHolder from, KitKind kind, LocalDate on, List<KitGiven> given, String note) {
        if (from == null || from.type() == KitHolder.Type.REGION) {
            throw new JisrException("kits.distribute.holder");
        }
        KitHolders.Place holder = mine(from);
        int total = KitRules.total(given);
        checked(kind, total, on);
        List<Long> named = given.stream().map(KitGiven::personId).filter(java.util.Objects::nonNull).toList();
        if (!named.isEmpty() && persons.cards(named).size() < named.size()) {
            throw new JisrException("kits.given.unknownPerson");
        }
        long id = done(new KitLedger.Movement(KitMove.DISTRIBUTION, kind, total, on, holder, null, null, null,
                KitRules.note(note), null));
        ledger.given(id, given);
        return id;
    }

    @Override
    public long reverse(long movementId, String reason) {
        KitMovementRow m = reader.movement(movementId);
        KitRules.reversible(m.kind(), m.reversedBy());
        String why = KitRules.reason(reason);
        KitHolders.Place from = m.to() == null ? null : holders.place(m.to());
        KitHolders.Place to = m.from() == null ? null : holders.place(m.from());
        KitHolders.Place seen = from != null ? from : to;
        if (!me.scope().covers(seen.regionCode(), seen.provinceCode())) {
            throw refused(seen, "reverse " + movementId);
        }
        return done(new KitLedger.Movement(KitMove.REVERSAL, m.kitKind(), m.quantity(), LocalDate.now(), from, to,
                null, null, why, movementId));
    }

    private void checked(KitKind kind, int quantity, LocalDate on) {
        if (kind == null) {
            throw new JisrException("kits.kind.required");
        }
        KitRules.quantity(quantity);
        KitRules.day(on, LocalDate.now());
    }

    /** The holder, if it lies in the caller's territory; otherwise refused and audited. */
    private KitHolders.Place mine(KitHolder holder) {
        KitHolders.Place place = holders.place(holder);
        if (!me.scope().covers(place.regionCode(), place.provinceCode())) {
            throw refused(place, holder.code());
        }
        return place;
    }

    private JisrException refused(KitHolders.Place place, String what) {
        audit.recordNow(AuditEntry.of("women", "kit-stock", null, AuditAction.ACCESS_REFUSED)
                .inTerritory(place.regionCode(), place.provinceCode()).withDetail(what));
        return new JisrException("kits.outsideScope");
    }

    private long done(KitLedger.Movement m) {
        long id = ledger.write(m, me.username());
        KitHolders.Place seen = m.from() != null ? m.from() : m.to();
        audit.record(AuditEntry.of("women", "kit-movement", id, AuditAction.CREATE)
                .inTerritory(seen.regionCode(), seen.provinceCode())
                .withDetail(m.kind() + " " + m.quantity() + " " + m.kitKind()
                        + (m.reverses() == null ? "" : " of " + m.reverses())));
        return id;
    }

    // reads, with the roles that may read them

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
    public List<KitStockRow> stock(String regionCode) {
        return reader.stock(regionCode);
    }

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
    public int available(KitHolder holder, KitKind kind) {
        mine(holder);
        return ledger.available(holder, kind);
    }

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
    public List<KitMovementRow> movements(KitFilter filter, PageRequest page) {
        return reader.movements(filter, page);
    }

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
    public long count(KitFilter filter) {
        return reader.count(filter);
    }

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
    public KitFigures figures(String regionCode, KitKind kind, LocalDate from, LocalDate to) {
        return reader.figures(regionCode, kind, from, to);
    }

    @Override
    @RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.PARTNERSHIP_OFFICER})
    public void exporting(String regionCode, LocalDate from, LocalDate to, String format) {
        String region = reader.region(regionCode);
        audit.record(AuditEntry.of("women", "kit-report", null, AuditAction.EXPORT).inScope(me.scope())
                .withDetail(format + " " + (region == null ? "all" : region) + " " + from + ".." + to));
    }
}
