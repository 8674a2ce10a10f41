package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.AgreementData;
import ma.gov.social.jisr.funding.api.AgreementDetails;
import ma.gov.social.jisr.funding.api.AgreementService;
import ma.gov.social.jisr.funding.api.AssociationDetails;
import ma.gov.social.jisr.funding.api.AssociationService;
import ma.gov.social.jisr.funding.api.AssociationStatus;
import ma.gov.social.jisr.funding.api.Claim;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** Agreements, their tranches, termination and repayment claims, within the caller's territory. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class AgreementBean implements AgreementService {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private FundingGate gate;
    @Inject
    private AssociationService associations;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public long draft(long projectId, AgreementData d) {
        FundingGate.Place place = gate.project(projectId);
        Sql sql = new Sql(dataSource);
        sql.number("select id from fun_project where id = ? for update", projectId);
        var project = new ProjectReader(sql).details(projectId, List.of(), gate.nameColumn());
        if (project.status() != ma.gov.social.jisr.funding.api.ProjectStatus.SELECTED) {
            throw new JisrException("funding.agreement.notSelected");
        }
        if (project.agreementId() != null) {
            throw new JisrException("funding.agreement.exists");
        }
        AgreementRules.check(d, project.data().amountRequested());
        List<Dirhams> amounts = Schedule.amounts(d.amountGranted(), d.schedule());
        long id = sql.ids("fun_agreement_seq", 50).getAsLong();
        LocalDateTime now = LocalDateTime.now();
        sql.update("insert into fun_agreement (id, project_id, reference, amount_granted, schedule, conditions,"
                + " starts_on, ends_on, ministry_signatory, association_signatory, status, created_at, created_by,"
                + " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)", id, projectId,
                "CONV-" + project.reference(), d.amountGranted().amount(), d.schedule().stream().map(String::valueOf)
                .collect(Collectors.joining("|")), d.conditions().strip(), d.startsOn(), d.endsOn(),
                d.ministrySignatory().strip(), d.associationSignatory().strip(), now, me.username(), now,
                me.username());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            rows.add(new Object[] {sql.ids("fun_tranche_seq", 50).getAsLong(), id, i + 1, amounts.get(i).amount(),
                i == 0 ? "ON_SIGNATURE" : "AFTER_REPORT"});
        }
        sql.batch("insert into fun_tranche (id, agreement_id, number, amount, due_when) values (?, ?, ?, ?, ?)", rows);
        audit.record(gate.entry("agreement", id, AuditAction.CREATE, place).withDetail(d.amountGranted() + " in "
                + amounts.size() + " tranches"));
        return id;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void sign(long id, long version, LocalDate signedOn) {
        FundingGate.Place place = gate.agreement(id);
        AssociationDetails a = associations.get(place.associationId());
        if (signedOn == null || signedOn.isAfter(LocalDate.now(FundingClock.MOROCCO))) {
            throw new JisrException("funding.agreement.signedOn");
        }
        if (a.status() == AssociationStatus.SUSPENDED || a.status() == AssociationStatus.BLACKLISTED) {
            throw new JisrException("funding.project.associationBarred",
                    new JisrException.Word("status." + a.status().name()));
        }
        if (a.rib() == null) {
            throw new JisrException("funding.agreement.noRib");
        }
        int changed = new Sql(dataSource).update("update fun_agreement set status = 'ACTIVE', signed_on = ?, rib = ?,"
                + " version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?"
                + " and status = 'DRAFT'", signedOn, a.rib().value(), LocalDateTime.now(), me.username(), id, version);
        if (changed == 0) {
            throw new JisrException("funding.changedMeanwhile");
        }
        audit.record(gate.entry("agreement", id, AuditAction.UPDATE, place).withDetail("signed on " + signedOn
                + ", RIB " + a.rib().masked()));
    }

    @Override
    public AgreementDetails get(long id) {
        gate.agreement(id);
        return new AgreementReader(new Sql(dataSource), gate.nameColumn()).get(id)
                .orElseThrow(() -> new JisrException("funding.agreement.notFound"));
    }

    @Override
    public List<AgreementDetails> ofAssociation(long associationId) {
        associations.get(associationId);
        Sql sql = new Sql(dataSource);
        AgreementReader reader = new AgreementReader(sql, gate.nameColumn());
        return sql.list("select g.id from fun_agreement g join fun_project p on p.id = g.project_id"
                + " where p.association_id = ? order by g.id desc", r -> r.number("id"), associationId).stream()
                .map(id -> reader.get(id).orElseThrow()).toList();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void terminate(long id, long version, LocalDate on, String reason, Dirhams claimAmount, String claimReason,
                          AssociationStatus newStatus) {
        FundingGate.Place place = gate.agreement(id);
        String why = AssociationRules.text(reason, 1000, "funding.agreement.terminationReason");
        if (on == null || on.isAfter(LocalDate.now(FundingClock.MOROCCO))) {
            throw new JisrException("funding.agreement.terminatedOn");
        }
        Sql sql = new Sql(dataSource);
        AgreementDetails g = new AgreementReader(sql, gate.nameColumn()).get(id).orElseThrow();
        if (claimAmount != null) {
            AgreementRules.checkClaim(claimAmount, claimReason, g.paid());
        }
        int changed = sql.update("update fun_agreement set status = 'TERMINATED', terminated_on = ?,"
                + " termination_reason = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ?"
                + " and version = ? and status = 'ACTIVE'", on, why, LocalDateTime.now(), me.username(), id, version);
        if (changed == 0) {
            throw new JisrException("funding.agreement.notActive");
        }
        if (claimAmount != null) {
            LocalDateTime now = LocalDateTime.now();
            sql.update("insert into fun_claim (id, agreement_id, reason, amount, note, notified_on, due_on, status,"
                    + " created_at, created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)",
                    sql.ids("fun_claim_seq", 50).getAsLong(), id, claimReason, claimAmount.amount(), why, on,
                    on.plusDays(60), now, me.username(), now, me.username());
        }
        if (newStatus != null) {
            AssociationDetails a = associations.get(place.associationId());
            associations.decideStatus(a.id(), a.version(), newStatus, why, on);
        }
        audit.record(gate.entry("agreement", id, AuditAction.UPDATE, place).withDetail("terminated on " + on
                + (claimAmount == null ? "" : ", " + claimAmount + " to recover (" + claimReason + ")")
                + (newStatus == null ? "" : ", association " + newStatus) + ": " + why));
    }

    @Override
    public List<Claim> claims(boolean openOnly) {
        return new AgreementReader(new Sql(dataSource), gate.nameColumn()).claims((openOnly ? " and m.status = 'OPEN'" : "")
                + gate.where(), gate.params());
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER})
    @Override
    public void receive(long claimId, long version, Dirhams amount, LocalDate receivedOn, String reference) {
        Sql sql = new Sql(dataSource);
        long agreementId = sql.one("select agreement_id from fun_claim where id = ?", r -> r.number("agreement_id"),
                claimId).orElseThrow(() -> new JisrException("funding.claim.notFound"));
        FundingGate.Place place = gate.agreement(agreementId);
        String ref = AssociationRules.text(reference, 60, "funding.claim.referenceRequired");
        if (amount == null || amount.compareTo(Dirhams.ZERO) <= 0 || receivedOn == null
                || receivedOn.isAfter(LocalDate.now(FundingClock.MOROCCO))) {
            throw new JisrException("funding.claim.receipt");
        }
        // MariaDB assigns left to right, each seeing the ones before: the status is set from the old sum
        int changed = sql.update("update fun_claim set status = case when recovered + ? = amount then 'RECOVERED'"
                + " else 'OPEN' end, recovered = recovered + ?, version = version + 1, updated_at = ?, updated_by = ?"
                + " where id = ? and version = ? and status = 'OPEN' and recovered + ? <= amount", amount.amount(),
                amount.amount(), LocalDateTime.now(), me.username(), claimId, version, amount.amount());
        if (changed == 0) {
            throw new JisrException("funding.claim.tooMuch");
        }
        sql.update("insert into fun_claim_receipt (claim_id, amount, received_on, reference, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?)", claimId, amount.amount(), receivedOn, ref, LocalDateTime.now(),
                me.username());
        audit.record(gate.entry("claim", claimId, AuditAction.UPDATE, place).withDetail(amount + " received: " + ref));
    }
}
