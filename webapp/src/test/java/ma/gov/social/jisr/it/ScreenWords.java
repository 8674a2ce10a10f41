package ma.gov.social.jisr.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the language tests know of the screens, read from the source tree so that a new module's pages and
 * keys count without editing a test: every page (and the view parameters it takes), every bundle key, and
 * the English words that betray a text nobody translated.
 */
final class ScreenWords {
    /** The tests run in the webapp folder. */
    private static final Path SHELL = Path.of("src/main/webapp");
    private static final Path MODULES = Path.of("../modules");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b[a-z][a-zA-Z]*(\\.[a-zA-Z0-9_]+)+\\b");
    /**
     * English words that are not also French words (no "page", "type", "date", "total", "on", "or", "a",
     * "mon", "sort", "import"), PrimeFaces' own English texts, and the English calendar's names ("Mo" is
     * also the French megabyte).
     */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|of|and|with|your|you|this|does|not|is|are"
            + "|found|records?|results|showing|choose|upload|cancel|loading|previous|next|search|select|please|close"
            + "|today|clear|rows|per|first|last|ascending|descending|yes|save|edit|delete|remove|back|name|status"
            + "|filter|region|person|persons|users?|password|username|home|language|account|dashboard|works"
            + "|target|open|closed|planned|approved|submit|approve|restart|never|error|log in|log out|logout"
            + "|starting|started|completed|failed|stopping|stopped|abandoned|pending|none|unknown|true|false|null"
            + "|january|february|march|april|june|july|august|september|october|november|december"
            + "|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\b"
            + "|(?-i)\\b(Su|Tu|We|Th|Sun|Tue|Wed|Thu|Fri|Sat)\\b");

    /** A page of the application: its path under /jisr/ and the names of its view parameters. */
    record Page(String path, List<String> parameters) {
    }

    private static Set<String> keys;

    private ScreenWords() {
    }

    /** Every page of the shell and of the modules, except templates, fragments (includes) and error pages. */
    static List<Page> pages() {
        List<Page> pages = new ArrayList<>(pagesUnder(SHELL));
        try (Stream<Path> modules = Files.list(MODULES)) {
            for (Path module : modules.sorted().toList()) {
                Path root = module.resolve("src/main/resources/META-INF/resources");
                if (Files.isDirectory(root)) {
                    pages.addAll(pagesUnder(root));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static List<Page> pagesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().map(f -> {
                String path = root.relativize(f).toString().replace('\\', '/');
                return path.matches("(.*/)?(WEB-INF|includes|resources)/.*") ? null
                        : new Page(path, parameters(f));
            }).filter(p -> p != null).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> parameters(Path page) {
        try {
            Matcher m = VIEW_PARAM.matcher(Files.readString(page));
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key of every module's bundle. */
    static synchronized Set<String> keys() {
        if (keys == null) {
            keys = new HashSet<>();
            try (Stream<Path> files = Files.walk(MODULES)) {
                for (Path file : files.filter(f -> f.toString().contains("src/main/resources")
                        && f.getFileName().toString().equals("messages_en.properties")).toList()) {
                    keys.addAll(load(file).stringPropertyNames());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    /** A message of a module's bundle in one language, as the server reads it. */
    static String message(String module, String language, String key) {
        return load(MODULES.resolve(module).resolve("src/main/resources/ma/gov/social/jisr/" + module
                + "/i18n/messages_" + language + ".properties")).getProperty(key);
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** What is wrong with a text shown to a person reading Arabic or French: English words, message keys. */
    static List<String> problems(String text) {
        TreeMap<String, String> found = new TreeMap<>();
        Matcher english = ENGLISH.matcher(text);
        while (english.find()) {
            found.putIfAbsent("English \"" + english.group() + "\"", around(text, english.start(), english.end()));
        }
        if (text.contains("???")) {
            int at = text.indexOf("???");
            found.put("missing key ???", around(text, at, at + 3));
        }
        Matcher key = KEY_LIKE.matcher(text);
        while (key.find()) {
            if (isKey(key.group())) {
                found.putIfAbsent("message key " + key.group(), around(text, key.start(), key.end()));
            }
        }
        List<String> problems = new ArrayList<>();
        found.forEach((what, where) -> problems.add(what + " in \"" + where + "\""));
        return problems;
    }

    /** A bundle key, or one missing from a family of keys ("person.sex.X" when "person.sex.F" exists). */
    private static boolean isKey(String candidate) {
        if (keys().contains(candidate)) {
            return true;
        }
        String[] parts = candidate.split("\\.");
        String family = parts[0] + "." + parts[1] + ".";
        return parts.length > 2 && keys().stream().anyMatch(k -> k.startsWith(family));
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replaceAll("\\s+", " ");
    }
}
