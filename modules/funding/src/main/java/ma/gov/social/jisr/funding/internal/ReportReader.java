package ma.gov.social.jisr.funding.internal;

import java.util.List;
import ma.gov.social.jisr.funding.api.Expense;
import ma.gov.social.jisr.funding.api.Report;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.sql.Sql;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A report with its expenses, the project's budget they are set against, and its receipts. */
final class ReportReader {
    static final int MAX_EXPENSES = 200;

    private final Sql sql;
    private final String nameColumn;

    /** {@code nameColumn}: the association's name column, {@link FundingGate#nameColumn}. */
    ReportReader(Sql sql, String nameColumn) {
        this.sql = sql;
        this.nameColumn = nameColumn;
    }

    Report get(long id) {
        List<Expense> expenses = sql.list("select line_position, description, amount, spent_on from fun_expense"
                + " where report_id = ? order by id", r -> new Expense(r.integer("line_position"),
                r.string("description"), r.dirhams("amount"), r.date("spent_on")), id);
        return sql.one("select r.*, t.number, t.agreement_id, g.reference, g.project_id, " + nameColumn
                + " association_name from fun_report r"
                + " join fun_tranche t on t.id = r.tranche_id join fun_agreement g on g.id = t.agreement_id"
                + " join fun_project p on p.id = g.project_id join fun_association a on a.id = p.association_id"
                + " where r.id = ?", r -> new Report(id, r.number("version"), r.number("tranche_id"),
                r.integer("number"), r.number("agreement_id"), r.string("reference"), r.string("association_name"),
                r.string("narrative"), r.date("received_on"), r.string("status"), r.string("review_note"),
                r.string("created_by"), r.string("reviewed_by"), expenses,
                new ProjectReader(sql).lines(r.number("project_id")),
                new FileStore(sql).of(FileStore.Owner.EXPENSE, id)), id)
                .orElseThrow(() -> new JisrException("funding.report.notFound"));
    }

    /** Each expense on a line of the budget, described, positive, dated. */
    static void checkExpenses(List<Expense> expenses, int budgetLines) {
        if (expenses == null || expenses.isEmpty() || expenses.size() > MAX_EXPENSES) {
            throw new JisrException("funding.report.expensesRequired", MAX_EXPENSES);
        }
        for (Expense e : expenses) {
            if (e.linePosition() < 1 || e.linePosition() > budgetLines || CallRules.blank(e.description())
                    || e.description().strip().length() > 300 || e.amount() == null || e.spentOn() == null
                    || e.amount().compareTo(Dirhams.ZERO) <= 0) {
                throw new JisrException("funding.report.expense");
            }
        }
    }
}
