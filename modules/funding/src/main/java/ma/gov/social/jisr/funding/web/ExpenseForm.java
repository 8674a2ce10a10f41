package ma.gov.social.jisr.funding.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.Expense;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.platform.api.value.Dirhams;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * A report on use as it is typed (new, or corrected after being returned): the narrative, the expenses line
 * by line, the receipts chosen. Blank lines are dropped; everything else goes to the service to judge.
 */
public class ExpenseForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One expense as typed; {@code line} is the budget line's position, from 1. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer line;
        private String description;
        private Dirhams amount;
        private LocalDate spentOn;

        public Row() {
        }

        Row(Expense e) {
            this.line = e.linePosition();
            this.description = e.description();
            this.amount = e.amount();
            this.spentOn = e.spentOn();
        }

        boolean blank() {
            return line == null && (description == null || description.isBlank()) && amount == null
                    && spentOn == null;
        }

        Expense expense() {
            return new Expense(line == null ? 0 : line, description, amount, spentOn);
        }

        public Integer getLine() {
            return line;
        }

        public void setLine(Integer line) {
            this.line = line;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Dirhams getAmount() {
            return amount;
        }

        public void setAmount(Dirhams amount) {
            this.amount = amount;
        }

        public LocalDate getSpentOn() {
            return spentOn;
        }

        public void setSpentOn(LocalDate spentOn) {
            this.spentOn = spentOn;
        }
    }

    /** What a budget line asked of the ministry next to what the report says was spent on it. */
    public record BudgetUse(int position, String label, Dirhams requested, Dirhams reported) implements Serializable {
        public boolean over() {
            return reported.compareTo(requested) > 0;
        }
    }

    private String narrative;
    private LocalDate receivedOn = LocalDate.now();
    private final List<Row> rows = new ArrayList<>();
    private transient UploadedFiles files;

    ExpenseForm() {
        rows.add(new Row());
    }

    /** The form of a returned report, to correct: its text and expenses as they were entered. */
    ExpenseForm(String narrative, LocalDate receivedOn, List<Expense> expenses) {
        this.narrative = narrative;
        this.receivedOn = receivedOn;
        expenses.forEach(e -> rows.add(new Row(e)));
        if (rows.isEmpty()) {
            rows.add(new Row());
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row row) {
        rows.remove(row);
        if (rows.isEmpty()) {
            rows.add(new Row());
        }
    }

    List<Expense> expenses() {
        return rows.stream().filter(r -> !r.blank()).map(Row::expense).toList();
    }

    /** The receipts chosen in this request, each a RECEIPT (the service reads its type from its bytes). */
    List<NewFile> receipts() {
        List<NewFile> receipts = new ArrayList<>();
        if (files != null) {
            for (UploadedFile f : files.getFiles()) {
                if (f.getSize() > 0) {
                    receipts.add(new NewFile(DocumentKind.RECEIPT, f.getFileName(), f.getContent()));
                }
            }
        }
        return receipts;
    }

    /** Budget lines with what the given expenses put against each; unknown positions count nowhere. */
    static List<BudgetUse> uses(List<BudgetLine> budget, List<Expense> expenses) {
        List<BudgetUse> uses = new ArrayList<>();
        for (int i = 0; i < budget.size(); i++) {
            int position = i + 1;
            Dirhams reported = expenses.stream().filter(e -> e.linePosition() == position && e.amount() != null)
                    .map(Expense::amount).reduce(Dirhams.ZERO, Dirhams::plus);
            uses.add(new BudgetUse(position, budget.get(i).label(), budget.get(i).requested(), reported));
        }
        return uses;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
