package ma.gov.social.jisr.platform.api.module;

import ma.gov.social.jisr.platform.api.imports.FileImport;

/**
 * A kind of CSV file the import screen accepts ({@code ?module=code}), and the service that takes it.
 * {@code heldPage}: the module's page (outcome, given {@code ?import=id}) where a person decides on the
 * lines an import held; null when the kind never holds a line.
 */
public record ImportKind(String code, String labelKey, Class<? extends FileImport> service, String permission,
                         String heldPage) {
    public ImportKind(String code, String labelKey, Class<? extends FileImport> service, String permission) {
        this(code, labelKey, service, permission, null);
    }
}
