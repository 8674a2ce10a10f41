package ma.gov.social.jisr.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Payara Server steps are the commands of {@code config/payara-server.sh}, which PayaraServerIT
 * runs: a step changed in one place and not in the other fails here, before anyone follows the wrong one.
 */
class OperationsDocsTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmesPayaraServerStepsAreTheScriptsCommands() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("config/payara-server.sh"));
        // every command from the first numbered step on: what an operator types by hand
        int first = lines.indexOf(lines.stream().filter(line -> line.startsWith("# 1.")).findFirst().orElseThrow());
        List<String> script = lines.subList(first, lines.size()).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        String readme = Files.readString(ROOT.resolve("README.md"));
        int marker = readme.indexOf("config/payara-server.sh's commands, in order");
        assertTrue(marker > 0, "the README marks the steps");
        int start = readme.indexOf("```sh", marker) + "```sh".length();
        List<String> steps = readme.substring(start, readme.indexOf("```", start)).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        assertTrue(script.size() >= 7, "the script's commands: " + script);
        assertEquals(script, steps);
    }
}
