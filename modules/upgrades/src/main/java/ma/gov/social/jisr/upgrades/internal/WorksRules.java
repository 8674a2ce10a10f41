package ma.gov.social.jisr.upgrades.internal;

import java.time.LocalDate;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.upgrades.api.PlanLine;
import ma.gov.social.jisr.upgrades.api.WorksStatus;
import ma.gov.social.jisr.upgrades.api.WorksStep;

/** Works move one step at a time, with dates in order and never in the future. */
final class WorksRules {
    static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private WorksRules() {
    }

    static void check(PlanLine line, WorksStep step, LocalDate today) {
        if (step.to() == null || step.to() != line.works().next()) {
            throw new JisrException("works.step.order", line.works().next() == null ? "-" : line.works().next().name());
        }
        if (step.on() == null || step.on().isAfter(today)) {
            throw new JisrException("works.date.invalid");
        }
        LocalDate previous = previousDate(line);
        if (previous != null && step.on().isBefore(previous)) {
            throw new JisrException("works.date.beforePrevious", previous);
        }
        if (step.to() == WorksStatus.ORDERED && (step.contractor() == null || step.contractor().isBlank()
                || step.contractor().length() > 160)) {
            throw new JisrException("works.contractor.required");
        }
        if (step.to() == WorksStatus.FINISHED && (step.actualCost() == null || step.actualCost().isNegative())) {
            throw new JisrException("works.cost.invalid");
        }
    }

    private static LocalDate previousDate(PlanLine l) {
        return switch (l.works()) {
            case PLANNED -> null;
            case ORDERED -> l.orderedOn();
            case STARTED -> l.startedOn();
            case FINISHED -> l.finishedOn();
            case RECEIVED -> l.receivedOn();
        };
    }

    /**
     * The document's real type, read from its first bytes (what the browser says is not trusted): a JPEG or
     * PNG photo, or a PDF. Anything else is refused.
     */
    static String documentType(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
            throw new JisrException("works.document.empty");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new JisrException("works.document.tooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(content, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        throw new JisrException("works.document.type");
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
