package ma.gov.social.jisr.platform.api.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of an import's steps: nothing staged before every line is checked, published only at the end. */
class CsvImportTest {
    @TempDir
    Path dir;

    /** Records the steps; a chunk runs its write as the real run would, inside the step. */
    private static final class Steps implements ImportRun {
        final List<String> log = new ArrayList<>();
        boolean takenOver;

        @Override
        public String id() {
            return "run";
        }

        @Override
        public String tag() {
            return "tag";
        }

        @Override
        public void checked(long count) {
            log.add("checked " + count);
        }

        @Override
        public void rejected(long lines, List<ImportProblem> problems, long problemCount) {
            log.add("rejected " + problems.get(0).line() + "/" + problemCount);
        }

        @Override
        public void saving(long lines) {
            log.add("saving " + lines);
        }

        @Override
        public void chunk(int rows, IntSupplier write) {
            if (takenOver) {
                throw new TakenOver(id());
            }
            log.add("chunk " + rows + " held " + write.getAsInt());
        }

        @Override
        public void publish() {
            log.add("publish");
        }

        @Override
        public void failed(String reason) {
            log.add("failed");
        }
    }

    private Path file(String content) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static final CsvImport.LineReader<String> NAMES = (line, problems) -> {
        String name = line.get("name");
        if (name == null) {
            problems.add(ImportProblem.of(line.number(), "import.badValue", "name", ""));
        }
        return name;
    };

    @Test
    void aFileWithoutABadLineIsStagedInChunksThenPublished() throws IOException {
        Steps run = new Steps();
        List<String> stored = new ArrayList<>();
        new CsvImport<String>(List.of("name"), 2).run(file("name\na\nb\nc\n"), run, NAMES, (chunk, tag) -> {
            stored.addAll(chunk);
            return chunk.contains("b") ? 1 : 0;
        });
        assertEquals(List.of("checked 3", "saving 3", "chunk 2 held 1", "chunk 1 held 0", "publish"), run.log);
        assertEquals(List.of("a", "b", "c"), stored);
    }

    @Test
    void oneBadLineRejectsTheFileAndNothingIsStaged() throws IOException {
        Steps run = new Steps();
        new CsvImport<String>(List.of("name"), 2).run(file("name\na\n\"\"\nc\n"), run, NAMES, (chunk, tag) -> {
            throw new AssertionError("nothing may be staged");
        });
        assertEquals(List.of("checked 3", "rejected 3/1"), run.log);
    }

    @Test
    void aFailureWhileStagingTakesTheRunBackAndNeverPublishes() throws IOException {
        Steps run = new Steps();
        assertThrows(IllegalStateException.class, () -> new CsvImport<String>(List.of("name"), 1)
                .run(file("name\na\nb\n"), run, NAMES, (chunk, tag) -> {
                    if (chunk.contains("b")) {
                        throw new IllegalStateException("disk full");
                    }
                    return 0;
                }));
        assertEquals(List.of("checked 2", "saving 2", "chunk 1 held 0", "failed"), run.log);
    }

    @Test
    void anImportSomeoneElseEndedIsLeftAlone() throws IOException {
        Steps run = new Steps();
        run.takenOver = true;
        assertThrows(ImportRun.TakenOver.class, () -> new CsvImport<String>(List.of("name"), 1)
                .run(file("name\na\n"), run, NAMES, (chunk, tag) -> 0));
        assertTrue(run.log.stream().noneMatch(step -> step.equals("failed") || step.equals("publish")), run.log::toString);
    }
}
