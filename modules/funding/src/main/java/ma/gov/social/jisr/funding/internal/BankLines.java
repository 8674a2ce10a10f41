package ma.gov.social.jisr.funding.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ma.gov.social.jisr.funding.internal.iso.BankReturn;
import ma.gov.social.jisr.funding.internal.iso.Camt054Reader;
import ma.gov.social.jisr.platform.api.imports.CsvImport.CsvLine;
import ma.gov.social.jisr.platform.api.imports.ImportProblem;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * The lines of a bank's return, whichever its format: a camt.054 file is read into the same named values as
 * the bank's CSV, so that one check serves both. A line that breaks the format (an amount that is not a
 * number, an unknown status) refuses the file; a line that only matches nothing is kept, to be listed.
 */
final class BankLines {
    static final List<String> CSV_COLUMNS = List.of("end_to_end_id", "amount", "status");
    private static final Map<String, String> STATUSES = Map.of("EXECUTED", "EXECUTED", "BOOK", "EXECUTED",
            "ACSC", "EXECUTED", "REJECTED", "REJECTED", "RJCT", "REJECTED", "PENDING", "PENDING", "PDNG", "PENDING");

    private BankLines() {
    }

    /** An XML file (its first character, after a byte-order mark and blanks, opens a tag) is a camt.054. */
    static boolean isXml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c));
            return c == '<';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A camt.054's entries as lines numbered from 1; a file the schema refuses is one problem, on line 1. */
    static long camtLines(Path file, List<ImportProblem> problems, Consumer<CsvLine> callback) {
        long[] n = {0};
        try {
            Camt054Reader.read(file, line -> callback.accept(new CsvLine(++n[0], values(line))));
        } catch (IllegalArgumentException broken) {
            problems.add(ImportProblem.of(1, "funding.bank.notCamt", shorten(broken.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    private static Map<String, String> values(BankReturn line) {
        Map<String, String> values = new HashMap<>();
        values.put("end_to_end_id", line.endToEndId());
        values.put("amount", line.amount() == null ? null : line.amount().amount().toPlainString());
        values.put("currency", line.currency());
        values.put("status", line.outcome().name());
        values.put("reason_code", line.reasonCode());
        values.put("reason", line.reason());
        values.put("bank_reference", line.bankReference());
        return values;
    }

    /** Checks one line; null (and a problem) when it breaks the format. {@code seen}: ids met so far in the file. */
    static BankLine read(CsvLine line, List<ImportProblem> problems, Set<String> seen) {
        String id = line.get("end_to_end_id");
        String status = line.get("status");
        String outcome = status == null ? null : STATUSES.get(status.toUpperCase(Locale.ROOT));
        if (outcome == null) {
            problems.add(ImportProblem.of(line.number(), "funding.bank.statusInvalid", status == null ? "" : status));
        }
        Dirhams amount = null;
        String text = line.get("amount");
        if (text != null) {
            try {
                amount = Dirhams.of(text.replace(',', '.'));
            } catch (IllegalArgumentException notAnAmount) {
                problems.add(ImportProblem.of(line.number(), "funding.bank.amountInvalid", text));
                return null;
            }
        }
        if (id != null && id.length() > 35) {
            problems.add(ImportProblem.of(line.number(), "funding.bank.idTooLong", id));
            return null;
        }
        if (id != null && !seen.add(id)) {
            problems.add(ImportProblem.of(line.number(), "import.duplicateInFile", id));
        }
        if (outcome == null) {
            return null;
        }
        String currency = line.get("currency");
        return new BankLine(line.number(), id, amount, currency == null ? "MAD" : currency.toUpperCase(Locale.ROOT),
                outcome, cut(line.get("reason_code"), 10), cut(line.get("reason"), 500),
                cut(line.get("bank_reference"), 60));
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static String shorten(String message) {
        return message == null ? "" : cut(message, 300);
    }
}
