package ma.gov.social.jisr.platform.api.module;

import java.util.List;
import ma.gov.social.jisr.platform.api.ModuleSchema;

/**
 * What a module tells the platform about itself: one application-scoped CDI bean per module, discovered
 * at deployment. Everything a module adds to the shell comes from here, so adding a module edits no
 * central file: its schema (name and order, see {@link ModuleSchema}), its message bundle and the page
 * variable that names it, the permissions its pages ask about, who may open its pages, its menu entries,
 * its import kinds, and what it shows on a person's page and on the home page.
 * Views live in the module's jar under {@code META-INF/resources/<name>/}.
 */
public interface ModuleDescription extends ModuleSchema {
    /** The prefix of every table of the module ("cen_"); its SQL names no other module's tables. */
    String tablePrefix();

    /** By convention {@code ma.gov.social.jisr.<name>.i18n.messages}, in _ar, _fr and _en. */
    default String bundle() {
        return "ma.gov.social.jisr." + name() + ".i18n.messages";
    }

    /** The bundle's page variable, the module's full name: {@code #{centresMsg['centre.code']}}. */
    default String bundleVariable() {
        return name() + "Msg";
    }

    /** Named permissions ("centres.edit") and the roles holding them; pages ask {@code #{may['centres.edit']}}. */
    default List<Permission> permissions() {
        return List.of();
    }

    /** Which permission opens the pages under a path of this module (longest path wins); none: any staff. */
    default List<PageGuard> pageGuards() {
        return List.of();
    }

    default List<MenuEntry> menu() {
        return List.of();
    }

    default List<ImportKind> imports() {
        return List.of();
    }

    /** Fragments included in a person's page (e.g. the person's cases in this module). */
    default List<PageContribution> personPage() {
        return List.of();
    }

    /** Fragments included in the home page: the module's dashboard at a glance. */
    default List<PageContribution> dashboards() {
        return List.of();
    }

    /** Style sheets of the module's resource library ({@code META-INF/resources/<name>/}), on every page. */
    default List<String> stylesheets() {
        return List.of();
    }
}
