package ma.gov.social.jisr.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.gov.social.jisr.people.api.HeldLine;
import ma.gov.social.jisr.people.api.HoldDecision;
import ma.gov.social.jisr.people.api.PersonImportService;
import ma.gov.social.jisr.people.api.PersonRow;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.PageRequest;
import ma.gov.social.jisr.platform.web.support.Messages;

/**
 * The lines a persons import held because they may be someone already registered: for each, the
 * persons it may be, and a decision, one line at a time ("the same person as ..." or "a new person").
 */
@Named
@ViewScoped
public class ImportHoldsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;
    private static final String NEW = "new";

    @Inject
    private PersonImportService imports;

    private String importId;
    private int offset;
    private long total;
    private List<HeldLine> lines = List.of();
    private final Map<Long, String> choices = new HashMap<>();

    public String load() {
        if (importId == null || importId.isBlank()) {
            return "/index?faces-redirect=true";
        }
        total = imports.countHeldLines(importId); // a decided line stays in the list: counted once
        refresh();
        return null;
    }

    private void refresh() {
        lines = imports.heldLines(importId, new PageRequest(offset, PAGE, null, true));
    }

    /** The service applies the rules of a create to a new person, and audits either decision. */
    public String decide(HeldLine line) {
        String choice = choices.get(line.id());
        try {
            if (choice == null || choice.isBlank()) {
                throw new JisrException("import.hold.decisionRequired");
            }
            long person = NEW.equals(choice) ? imports.resolve(line.id(), HoldDecision.NEW, null)
                    : imports.resolve(line.id(), HoldDecision.EXISTING, Long.valueOf(choice));
            Messages.info(NEW.equals(choice) ? "importHolds.created" : "importHolds.kept", String.valueOf(line.line()),
                    String.valueOf(person));
            choices.remove(line.id());
            refresh();
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
        return null;
    }

    public void later() {
        if (offset + PAGE < total) {
            offset += PAGE;
            refresh();
        }
    }

    public void earlier() {
        offset = Math.max(0, offset - PAGE);
        refresh();
    }

    /** A candidate as the choice reads it: number, names in both scripts, birth year, province. */
    public String same(PersonRow p) {
        return Messages.text("importHolds.same", String.valueOf(p.id()), p.lastNameLatin() + " " + p.firstNameLatin(),
                p.lastNameAr() + " " + p.firstNameAr(), String.valueOf(p.birthYear()), p.provinceCode());
    }

    public String similar(HeldLine line) {
        return line.similarLines().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public boolean isEarlierLines() {
        return offset > 0;
    }

    public boolean isLaterLines() {
        return offset + PAGE < total;
    }

    public List<HeldLine> getLines() {
        return lines;
    }

    public long getTotal() {
        return total;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }

    public String getImportId() {
        return importId;
    }

    public void setImportId(String importId) {
        this.importId = importId;
    }
}
