package ma.gov.social.jisr.funding.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.funding.api.Expense;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.funding.api.ProofOfUseService;
import ma.gov.social.jisr.funding.api.Report;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;

/** Reports on the use of paid tranches: entered, returned for correction, approved by someone else. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class ProofOfUseBean implements ProofOfUseService {
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;
    @Inject
    private FundingGate gate;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public long submit(long trancheId, String narrative, LocalDate receivedOn, List<Expense> expenses,
                       List<NewFile> receipts) {
        FundingGate.Place place = gate.tranche(trancheId);
        Sql sql = new Sql(dataSource);
        String payment = sql.one("select payment from fun_tranche where id = ? for update", r -> r.string("payment"),
                trancheId).orElseThrow();
        if (!"PAID".equals(payment)) {
            throw new JisrException("funding.report.trancheNotPaid");
        }
        if (sql.number("select count(*) from fun_report where tranche_id = ?", trancheId) > 0) {
            throw new JisrException("funding.report.exists");
        }
        String text = checked(place, narrative, receivedOn, expenses, receipts);
        long id = sql.ids("fun_report_seq", 50).getAsLong();
        LocalDateTime now = LocalDateTime.now();
        sql.update("insert into fun_report (id, tranche_id, narrative, received_on, status, created_at, created_by,"
                + " updated_at, updated_by) values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?)", id, trancheId, text,
                receivedOn, now, me.username(), now, me.username());
        write(sql, id, expenses, receipts, now);
        audit.record(gate.entry("report", id, AuditAction.CREATE, place).withDetail("tranche " + trancheId + ", "
                + expenses.size() + " expenses, " + receipts.size() + " receipts"));
        return id;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER})
    @Override
    public void correct(long reportId, long version, String narrative, List<Expense> expenses,
                        List<NewFile> receipts) {
        FundingGate.Place place = placeOfReport(reportId);
        Report r = new ReportReader(new Sql(dataSource), gate.nameColumn()).get(reportId);
        String text = checked(place, narrative, r.receivedOn(), expenses, receipts);
        Sql sql = new Sql(dataSource);
        int changed = sql.update("update fun_report set narrative = ?, status = 'SUBMITTED', version = version + 1,"
                + " updated_at = ?, updated_by = ? where id = ? and version = ? and status = 'RETURNED'", text,
                LocalDateTime.now(), me.username(), reportId, version);
        if (changed == 0) {
            throw new JisrException("funding.report.notReturned");
        }
        sql.update("delete from fun_expense where report_id = ?", reportId);
        write(sql, reportId, expenses, receipts, LocalDateTime.now());
        audit.record(gate.entry("report", reportId, AuditAction.UPDATE, place).withDetail("corrected"));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER})
    @Override
    public void approve(long reportId, long version, String note) {
        review(reportId, version, "APPROVED", AssociationRules.blankToNull(note));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PARTNERSHIP_OFFICER, Roles.FINANCE_OFFICER})
    @Override
    public void returnForCorrection(long reportId, long version, String note) {
        review(reportId, version, "RETURNED", AssociationRules.text(note, 1000, "funding.report.noteRequired"));
    }

    private void review(long reportId, long version, String status, String note) {
        FundingGate.Place place = placeOfReport(reportId);
        Report r = new ReportReader(new Sql(dataSource), gate.nameColumn()).get(reportId);
        if (me.username().equals(r.createdBy())) {
            audit.recordNow(gate.entry("report", reportId, AuditAction.ACCESS_REFUSED, place)
                    .withDetail("review refused: entered by the same person"));
            throw new JisrException("funding.report.ownReport");
        }
        int changed = new Sql(dataSource).update("update fun_report set status = ?, review_note = ?, reviewed_at = ?,"
                + " reviewed_by = ?, version = version + 1 where id = ? and version = ? and status = 'SUBMITTED'",
                status, note, LocalDateTime.now(), me.username(), reportId, version);
        if (changed == 0) {
            throw new JisrException("funding.changedMeanwhile");
        }
        audit.record(gate.entry("report", reportId, AuditAction.UPDATE, place).withDetail(status
                + (note == null ? "" : ": " + note)));
    }

    @Override
    public Report get(long reportId) {
        placeOfReport(reportId);
        return new ReportReader(new Sql(dataSource), gate.nameColumn()).get(reportId);
    }

    /** The report's project, checked against the caller's territory (refusals audited by the gate). */
    private FundingGate.Place placeOfReport(long reportId) {
        long trancheId = new Sql(dataSource).one("select tranche_id from fun_report where id = ?",
                r -> r.number("tranche_id"), reportId).orElseThrow(() -> new JisrException("funding.report.notFound"));
        return gate.tranche(trancheId);
    }

    @Override
    public List<Report> toReview(int limit) {
        Sql sql = new Sql(dataSource);
        ReportReader reader = new ReportReader(sql, gate.nameColumn());
        return sql.list("select r.id from fun_report r join fun_tranche t on t.id = r.tranche_id"
                + " join fun_agreement g on g.id = t.agreement_id join fun_project p on p.id = g.project_id"
                + " where r.status = 'SUBMITTED'" + gate.where() + " order by r.received_on, r.id limit ?",
                r -> r.number("id"), gate.params(Math.max(1, Math.min(limit, 200)))).stream().map(reader::get).toList();
    }

    private String checked(FundingGate.Place place, String narrative, LocalDate receivedOn, List<Expense> expenses,
                           List<NewFile> receipts) {
        String text = AssociationRules.text(narrative, 4000, "funding.report.narrativeRequired");
        if (receivedOn == null || receivedOn.isAfter(LocalDate.now(FundingClock.MOROCCO))) {
            throw new JisrException("funding.report.receivedOn");
        }
        int lines = new ProjectReader(new Sql(dataSource)).lines(place.projectId()).size();
        ReportReader.checkExpenses(expenses, lines);
        receipts.forEach(FileStore::checked);
        if (receipts.isEmpty()) {
            throw new JisrException("funding.report.receiptsRequired");
        }
        return text;
    }

    private void write(Sql sql, long reportId, List<Expense> expenses, List<NewFile> receipts, LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        for (Expense e : expenses) {
            rows.add(new Object[] {reportId, e.linePosition(), e.description().strip(), e.amount().amount(),
                e.spentOn()});
        }
        sql.batch("insert into fun_expense (report_id, line_position, description, amount, spent_on)"
                + " values (?, ?, ?, ?, ?)", rows);
        FileStore files = new FileStore(sql);
        receipts.forEach(f -> files.add(FileStore.Owner.EXPENSE, reportId, f, me.username(), now));
    }
}
