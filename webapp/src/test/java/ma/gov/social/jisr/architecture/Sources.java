package ma.gov.social.jisr.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import ma.gov.social.jisr.platform.api.module.ModuleDescription;

/**
 * What the architecture tests read: the modules' descriptions (found on the class path as the platform
 * finds them at run time, by type) and the pages of the shell and of every module, from the source tree.
 */
final class Sources {
    /** The shell's pages and beans (the tests run in the webapp folder). */
    static final Path SHELL_PAGES = Path.of("src/main/webapp");
    static final Path SHELL_BEANS = Path.of("src/main/java/ma/gov/social/jisr/web");
    static final Path MODULES = Path.of("../modules");

    private Sources() {
    }

    static List<ModuleDescription> descriptions() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ma.gov.social.jisr").stream()
                .filter(c -> c.isAssignableTo(ModuleDescription.class) && !c.isInterface())
                .map(c -> {
                    try {
                        return (ModuleDescription) c.reflect().getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }).sorted(Comparator.comparing(ModuleDescription::name)).toList();
    }

    private static Map<String, Map<String, Properties>> bundles;

    /** Each module's bundle by its page variable, then by language (ar, fr, en). */
    static synchronized Map<String, Map<String, Properties>> bundles() {
        if (bundles == null) {
            bundles = new HashMap<>();
            for (ModuleDescription module : descriptions()) {
                Map<String, Properties> languages = new HashMap<>();
                for (String language : new String[] {"ar", "fr", "en"}) {
                    languages.put(language, load(module.bundle(), language));
                }
                if (bundles.put(module.bundleVariable(), languages) != null) {
                    throw new IllegalStateException("two modules use the page variable " + module.bundleVariable());
                }
            }
        }
        return bundles;
    }

    /** True when some module's bundle has the key (the screens' Messages looks in every bundle). */
    static boolean anyBundleHas(String key) {
        return bundles().values().stream().anyMatch(l -> l.get("ar").containsKey(key));
    }

    private static Properties load(String bundle, String language) {
        Properties p = new Properties();
        String path = "/" + bundle.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = Sources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The folder of a module's web resources: its views live under {@code <name>/} in it. */
    static Path resources(String module) {
        return MODULES.resolve(module).resolve("src/main/resources/META-INF/resources");
    }

    static Path beans(String module) {
        return MODULES.resolve(module).resolve("src/main/java/ma/gov/social/jisr").resolve(module).resolve("web");
    }

    /** Every .xhtml file of the shell and of the modules, fragments and templates included. */
    static List<Path> allPages() {
        try (Stream<Path> shell = Files.walk(SHELL_PAGES); Stream<Path> modules = Files.walk(MODULES)) {
            return Stream.concat(shell, modules.filter(p -> p.toString().contains("META-INF/resources")))
                    .filter(p -> p.toString().endsWith(".xhtml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
