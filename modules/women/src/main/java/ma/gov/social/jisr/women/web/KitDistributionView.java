package ma.gov.social.jisr.women.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.gov.social.jisr.people.web.PersonPicker;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.web.support.Messages;
import ma.gov.social.jisr.women.api.KitCategory;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitHolder;
import ma.gov.social.jisr.women.api.KitKind;
import ma.gov.social.jisr.women.api.KitService;
import ma.gov.social.jisr.women.api.KitStockRow;

/**
 * What a centre or a partner association distributed: counts by category, and kits given to women of the
 * persons registry one by one. The holder's stock of the kind is shown; beyond it the service refuses.
 */
@Named
@ViewScoped
public class KitDistributionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private KitService kits;
    @Inject
    private PersonPicker person;

    /** A counted line, or a named woman's kit (quantity 1). */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private KitCategory category;
        private Integer quantity;
        private PersonPicker.Choice woman;

        public KitCategory getCategory() {
            return category;
        }

        public void setCategory(KitCategory category) {
            this.category = category;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public PersonPicker.Choice getWoman() {
            return woman;
        }
    }

    private String holder;
    private KitKind kind = KitKind.HYGIENE;
    private LocalDate on = LocalDate.now();
    private String note;
    private KitCategory womanCategory = KitCategory.VIOLENCE_VICTIM;
    private final List<Line> lines = new ArrayList<>(List.of(new Line()));
    private transient Map<String, String> holders;

    public void save() {
        if (holder == null) {
            Messages.error("kits.distribute.holder");
            return;
        }
        List<KitGiven> given = new ArrayList<>();
        for (Line l : lines) {
            if (l.woman != null) {
                given.add(KitGiven.toPerson(l.category, l.woman.id()));
            } else if (l.category != null || l.quantity != null) {
                given.add(new KitGiven(l.category, l.quantity == null ? 0 : l.quantity, null));
            }
        }
        try {
            kits.distribute(KitHolder.ofCode(holder), kind, on, given, note);
            Messages.info("kits.distributed", given.stream().mapToInt(KitGiven::quantity).sum());
            lines.clear();
            lines.add(new Line());
            note = null;
        } catch (JisrException refusal) {
            Messages.error(refusal);
        }
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void addWoman() {
        if (person.getChosen() == null) {
            Messages.error("kits.given.pickWoman");
            return;
        }
        Line l = new Line();
        l.category = womanCategory;
        l.quantity = 1;
        l.woman = person.getChosen();
        lines.add(l);
        person.setChosen(null);
    }

    public void removeLine(Line line) {
        lines.remove(line);
        if (lines.isEmpty()) {
            lines.add(new Line());
        }
    }

    /** What the chosen holder has of the chosen kind (null before a holder is chosen). */
    public Integer getAvailable() {
        if (holder == null || kind == null) {
            return null;
        }
        try {
            return kits.available(KitHolder.ofCode(holder), kind);
        } catch (JisrException refusal) {
            return null;
        }
    }

    /** The centres and associations of the caller's territory that hold or held kits, by name. */
    public Map<String, String> getHolders() {
        if (holders == null) {
            holders = new LinkedHashMap<>();
            for (KitStockRow s : kits.stock(null)) {
                if (s.holder().type() != KitHolder.Type.REGION) {
                    holders.putIfAbsent(s.holder().code(), s.name());
                }
            }
        }
        return holders;
    }

    public PersonPicker getPerson() {
        return person;
    }

    public List<Line> getLines() {
        return lines;
    }

    public KitCategory[] getCategories() {
        return KitCategory.values();
    }

    public KitKind[] getKinds() {
        return KitKind.values();
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public KitKind getKind() {
        return kind;
    }

    public void setKind(KitKind kind) {
        this.kind = kind;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public KitCategory getWomanCategory() {
        return womanCategory;
    }

    public void setWomanCategory(KitCategory womanCategory) {
        this.womanCategory = womanCategory;
    }
}
