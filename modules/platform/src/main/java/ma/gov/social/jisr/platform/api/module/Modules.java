package ma.gov.social.jisr.platform.api.module;

import java.util.List;
import java.util.Optional;

/** The modules deployed in this application, as they described themselves, in their order. */
public interface Modules {
    List<ModuleDescription> all();

    Optional<ModuleDescription> named(String name);

    Optional<ImportKind> importKind(String code);

    /** The permission guarding a page path ("/people/persons.xhtml"), if any module guards it. */
    Optional<String> guardOf(String path);

    /** Whether the caller holds a named permission; null means "any member of staff". Unknown names: no. */
    boolean may(String permission);
}
