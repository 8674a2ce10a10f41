package ma.gov.social.jisr.women.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.women.api.KitGiven;
import ma.gov.social.jisr.women.api.KitMove;

/** The kit stock's rules, without a database: what a movement may carry, and what a holder can give. */
final class KitRules {
    /** More than a whole year's national supply in one movement is a typing mistake. */
    static final int MOST_IN_ONE_MOVEMENT = 1_000_000;
    /** Kits were first supplied in the pandemic: nothing is dated before 2020. */
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private KitRules() {
    }

    static void quantity(int quantity) {
        if (quantity <= 0) {
            throw new JisrException("kits.quantity.positive");
        }
        if (quantity > MOST_IN_ONE_MOVEMENT) {
            throw new JisrException("kits.quantity.tooMany", MOST_IN_ONE_MOVEMENT);
        }
    }

    static void day(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new JisrException("kits.date.required");
        }
        if (on.isAfter(today)) {
            throw new JisrException("kits.date.future");
        }
        if (on.isBefore(FIRST_DAY)) {
            throw new JisrException("kits.date.tooEarly", FIRST_DAY);
        }
    }

    static void transfer(String fromRegion, String toRegion) {
        if (toRegion == null || toRegion.equals(fromRegion)) {
            throw new JisrException("kits.transfer.sameRegion");
        }
    }

    /** The kits a distribution gives in all: every line counted, a named woman once and with one kit. */
    static int total(List<KitGiven> given) {
        if (given == null || given.isEmpty()) {
            throw new JisrException("kits.given.required");
        }
        long total = 0;
        Set<Long> persons = new HashSet<>();
        for (KitGiven line : given) {
            if (line.category() == null) {
                throw new JisrException("kits.given.category");
            }
            quantity(line.quantity());
            if (line.personId() != null && (line.quantity() != 1 || !persons.add(line.personId()))) {
                throw new JisrException("kits.given.personOnce");
            }
            total += line.quantity();
        }
        if (total > MOST_IN_ONE_MOVEMENT) {
            throw new JisrException("kits.quantity.tooMany", MOST_IN_ONE_MOVEMENT);
        }
        return (int) total;
    }

    /** Refuses to take more than a holder has, saying how many it has. */
    static void take(int available, int wanted) {
        if (wanted > available) {
            throw beyondStock(wanted, available);
        }
    }

    static JisrException beyondStock(int wanted, int available) {
        return new JisrException("kits.beyondStock", wanted, available);
    }

    static void reversible(KitMove kind, Long reversedBy) {
        if (kind == KitMove.REVERSAL) {
            throw new JisrException("kits.reverse.ofReversal");
        }
        if (reversedBy != null) {
            throw new JisrException("kits.reverse.already");
        }
    }

    static String reason(String text) {
        if (text == null || text.isBlank()) {
            throw new JisrException("kits.reverse.reasonRequired");
        }
        if (text.strip().length() > 500) {
            throw new JisrException("kits.note.tooLong");
        }
        return text.strip();
    }

    static String note(String text) {
        if (text != null && text.strip().length() > 500) {
            throw new JisrException("kits.note.tooLong");
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}
