package ma.gov.social.jisr.funding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.funding.api.BankReturnLine;
import ma.gov.social.jisr.funding.api.BankReturns;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * What a bank return did: how many payments it marked executed or rejected, and every line that matched
 * nothing (unknown id, another amount, a run not released...), listed as the bank wrote it, never guessed.
 */
@Named("fundingBankReturnView")
@ViewScoped
public class BankReturnView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int LINES = 500;

    @Inject
    private BankReturns returns;

    private String importId;
    private boolean all;
    private transient Map<String, Long> counts;
    private transient List<BankReturnLine> lines;

    public void load() {
        try {
            counts = importId == null ? Map.of() : returns.counts(importId);
        } catch (JisrException refusal) {
            counts = Map.of();
            Messages.error(refusal);
        }
    }

    public Map<String, Long> getCounts() {
        if (counts == null) {
            load();
        }
        return counts;
    }

    public long count(String matched, String outcome) {
        return getCounts().getOrDefault(matched + " " + outcome, 0L);
    }

    /** Lines that matched nothing, or every line when asked; the first {@value #LINES}. */
    public List<BankReturnLine> getLines() {
        if (lines == null) {
            lines = importId == null || getCounts().isEmpty() ? List.of() : returns.lines(importId, !all, 0, LINES);
        }
        return lines;
    }

    public void showAll() {
        lines = null;
    }

    public String getImportId() {
        return importId;
    }

    public void setImportId(String importId) {
        this.importId = importId;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
