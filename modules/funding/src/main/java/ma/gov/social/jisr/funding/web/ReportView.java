package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import ma.gov.social.jisr.funding.api.AgreementDetails;
import ma.gov.social.jisr.funding.api.AgreementService;
import ma.gov.social.jisr.funding.api.BudgetLine;
import ma.gov.social.jisr.funding.api.FileInfo;
import ma.gov.social.jisr.funding.api.ProjectService;
import ma.gov.social.jisr.funding.api.ProofOfUseService;
import ma.gov.social.jisr.funding.api.Report;
import ma.gov.social.jisr.funding.api.Tranche;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Downloads;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * A report on the use of a paid tranche: entered from the association's file ({@code ?tranche=&agreement=}),
 * then seen, reviewed by someone other than who entered it, and corrected when returned ({@code ?id=}).
 */
@Named("fundingReportView")
@ViewScoped
public class ReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProofOfUseService reports;
    @Inject
    private AgreementService agreements;
    @Inject
    private ProjectService projects;

    private long id;
    private long trancheId;
    private long agreementId;
    private Report report;
    private AgreementDetails agreement;
    private Tranche tranche;
    private List<BudgetLine> budget = List.of();
    private ExpenseForm form;
    private String reviewNote;

    public void load() {
        try {
            if (id != 0) {
                report = reports.get(id);
                budget = report.budget();
            } else if (trancheId != 0) {
                newReport();
            }
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    /** The tranche is found in its agreement, whose project gives the budget lines to report against. */
    private void newReport() {
        if (agreementId == 0) {
            Messages.error("report.agreementMissing");
            return;
        }
        agreement = agreements.get(agreementId);
        tranche = agreement.tranches().stream().filter(t -> t.id() == trancheId).findFirst().orElse(null);
        if (tranche == null) {
            Messages.error("funding.agreement.notFound");
            return;
        }
        if (tranche.reportId() != null) {
            id = tranche.reportId();
            report = reports.get(id);
            budget = report.budget();
            return;
        }
        budget = projects.get(agreement.projectId()).data().lines();
        form = new ExpenseForm();
    }

    /** A full-page post, so that the receipts travel with it. */
    public String submit() {
        try {
            long saved;
            if (report == null) {
                saved = reports.submit(trancheId, form.getNarrative(), form.getReceivedOn(), form.expenses(),
                        form.receipts());
                Messages.info("report.submitted");
            } else {
                saved = report.id();
                reports.correct(saved, report.version(), form.getNarrative(), form.expenses(), form.receipts());
                Messages.info("report.corrected");
            }
            return "/funding/report?faces-redirect=true&id=" + saved;
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return null;
        }
    }

    public void startCorrection() {
        form = new ExpenseForm(report.narrative(), report.receivedOn(), report.expenses());
    }

    public void cancelCorrection() {
        form = null;
    }

    public void approve() {
        review(() -> reports.approve(report.id(), report.version(), reviewNote), "report.approvedDone");
    }

    public void returnForCorrection() {
        review(() -> reports.returnForCorrection(report.id(), report.version(), reviewNote), "report.returnedDone");
    }

    private void review(Runnable decision, String done) {
        try {
            decision.run();
            Messages.info(done);
            reviewNote = null;
            report = reports.get(report.id());
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void download(FileInfo file) throws IOException {
        byte[] content;
        try {
            content = projects.download(file.id());
        } catch (JisrException refusal) {
            Messages.error(refusal);
            return;
        }
        String type = file.contentType();
        String extension = type.contains("pdf") ? "pdf" : type.contains("png") ? "png" : "jpg";
        Downloads.send("jisr-receipt-" + file.id() + "." + extension, type, out -> out.write(content));
    }

    /** Each budget line against the expenses: those being typed while editing, else those reported. */
    public List<ExpenseForm.BudgetUse> getUses() {
        if (form != null) {
            return ExpenseForm.uses(budget, form.expenses());
        }
        return report == null ? List.of() : ExpenseForm.uses(budget, report.expenses());
    }

    /** The budget line's label for a position from 1 (what an expense records). */
    public String lineLabel(int position) {
        return position >= 1 && position <= budget.size() ? position + ". " + budget.get(position - 1).label()
                : String.valueOf(position);
    }

    public List<Integer> getPositions() {
        return IntStream.rangeClosed(1, budget.size()).boxed().toList();
    }

    public boolean isEditing() {
        return form != null;
    }

    public String getStatus() {
        return report == null ? "" : report.status();
    }

    public long getShownAgreementId() {
        return report != null ? report.agreementId() : agreement != null ? agreement.id() : 0;
    }

    public String getAgreementReference() {
        return report != null ? report.agreementReference() : agreement != null ? agreement.reference() : "";
    }

    public String getAssociationName() {
        return report != null ? report.associationName() : agreement != null ? agreement.associationName() : "";
    }

    public int getTrancheNumber() {
        return report != null ? report.trancheNumber() : tranche != null ? tranche.number() : 0;
    }

    public boolean isShown() {
        return report != null || form != null;
    }

    public Report getReport() {
        return report;
    }

    public ExpenseForm getForm() {
        return form;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getTrancheId() {
        return trancheId;
    }

    public void setTrancheId(long trancheId) {
        this.trancheId = trancheId;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(long agreementId) {
        this.agreementId = agreementId;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
