package ma.gov.social.jisr.platform.api.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ma.gov.social.jisr.platform.api.export.TableWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * All-or-nothing import of a CSV file without a long transaction: every line is checked first (no
 * transaction at all); only a file without a single bad line is saved, in chunks of their own short
 * transactions, into the module's staging area where nobody sees them; the last step publishes them
 * all at once. If saving fails half-way, the staged rows are taken back (by a sweep, if the server died).
 * The file is read twice instead of being held in memory, so 100,000 lines cost no more heap than 10.
 */
public final class CsvImport<T> {
    /** Past this many problems the report stops listing them (it still counts them). */
    public static final int REPORTED_PROBLEMS = 10_000;

    /** Turns one line into a row to save, or adds why it cannot be saved. */
    public interface LineReader<T> {
        T read(CsvLine line, List<ImportProblem> problems);

        /** After the last line: checks that need the whole file (against the database in batches, say). */
        default void finish(List<ImportProblem> problems) {
        }
    }

    /**
     * The module's side: stages one chunk under the import's tag, in the transaction the run opens for it
     * (publishing and taking back are the module's {@link ImportStaging}). Answers how many of the chunk's
     * rows it held for a person to decide instead of staging them.
     */
    public interface Store<T> {
        int save(List<T> chunk, String tag);
    }

    /**
     * One data line: its number in the file (the header is line 1) and its values by column name. A value
     * an export protected against formulas ("'+212...") reads back as it was, so exports import again.
     */
    public record CsvLine(long number, Map<String, String> values) {
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : TableWriter.restored(value.trim());
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    /**
     * Where the lines come from: the CSV file itself, unless a module reads another format (a bank's XML
     * statement) into the same named values; it is read twice, like a CSV file.
     */
    public interface LineSource {
        /** Calls back for every data line; returns their number. Problems of the file as a whole go to problems. */
        long forEach(Path file, List<ImportProblem> problems, Consumer<CsvLine> callback);
    }

    private final List<String> requiredColumns;
    private final int chunkSize;
    private final LineSource source;

    public CsvImport(List<String> requiredColumns, int chunkSize) {
        this.requiredColumns = List.copyOf(requiredColumns);
        this.chunkSize = chunkSize;
        this.source = this::csvLines;
    }

    /** An import of lines read by {@code source} rather than from CSV. */
    public CsvImport(int chunkSize, LineSource source) {
        this.requiredColumns = List.of();
        this.chunkSize = chunkSize;
        this.source = source;
    }

    public void run(Path file, ImportRun run, LineReader<T> reader, Store<T> store) {
        try {
            List<ImportProblem> problems = new ArrayList<>();
            long[] count = {0, 0};
            long lines = source.forEach(file, problems, line -> {
                int before = problems.size();
                reader.read(line, problems);
                count[0] += problems.size() > before ? 1 : 0; // bad lines, even past the reported ones
                if (++count[1] % 1000 == 0) {
                    run.checked(count[1]);
                }
                trim(problems);
            });
            reader.finish(problems);
            trim(problems);
            run.checked(lines);
            if (!problems.isEmpty() || lines == 0) {
                if (lines == 0 && problems.isEmpty()) {
                    problems.add(ImportProblem.of(1, "import.empty"));
                }
                run.rejected(lines, problems, Math.max(count[0], problems.size()));
                return;
            }
            run.saving(lines);
            save(file, run, reader, store);
            run.publish();
        } catch (ImportRun.TakenOver e) {
            throw e; // someone else ended the import and took its rows back: nothing is ours to touch
        } catch (RuntimeException e) {
            run.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            throw e;
        }
    }

    /**
     * The second reading: lines were all checked, so the reader's answers are only converted; checks
     * that remember earlier lines (unique in the file) would now see every line twice, so their
     * problems are ignored here.
     */
    private void save(Path file, ImportRun run, LineReader<T> reader, Store<T> store) {
        List<T> chunk = new ArrayList<>(chunkSize);
        List<ImportProblem> seenTwice = new ArrayList<>();
        source.forEach(file, seenTwice, line -> {
            T row = reader.read(line, seenTwice);
            if (row == null) {
                throw new IllegalStateException("line " + line.number() + " changed after it was checked");
            }
            seenTwice.clear();
            chunk.add(row);
            if (chunk.size() == chunkSize) {
                run.chunk(chunk.size(), () -> store.save(chunk, run.tag()));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            run.chunk(chunk.size(), () -> store.save(chunk, run.tag()));
        }
    }

    private static void trim(List<ImportProblem> problems) {
        while (problems.size() > REPORTED_PROBLEMS) {
            problems.remove(problems.size() - 1);
        }
    }

    /** Calls back for every data line; returns the number of data lines. Header problems go to problems. */
    private long csvLines(Path file, List<ImportProblem> problems, Consumer<CsvLine> callback) {
        try (Reader in = skipBom(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            CSVParser parser;
            try {
                parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
            } catch (IllegalArgumentException | UncheckedIOException badHeader) {
                problems.add(ImportProblem.of(1, "import.badHeader"));
                return 0;
            }
            List<String> header = parser.getHeaderNames();
            List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(ImportProblem.of(1, "import.missingColumns", String.join(", ", missing)));
                return 0;
            }
            long lines = 0;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return lines;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    problems.add(ImportProblem.of(lines + 2, "import.malformed"));
                    return lines;
                }
                Map<String, String> values = new HashMap<>();
                for (String column : header) {
                    values.put(column, record.isSet(column) ? record.get(column) : null);
                }
                lines++;
                callback.accept(new CsvLine(record.getRecordNumber() + 1, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }
}
