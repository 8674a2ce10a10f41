package ma.gov.social.jisr.platform.api.module;

import ma.gov.social.jisr.platform.api.imports.FileImport;

/**
 * A kind of file the import screen accepts ({@code ?module=code}), and the service that takes it.
 * {@code heldPage}: the module's page (outcome, given {@code ?import=id}) where a person decides on the
 * lines an import held; null when the kind never holds a line. {@code accept}: the file types offered by the
 * upload field (CSV unless a kind reads another format, see CsvImport.LineSource).
 */
public record ImportKind(String code, String labelKey, Class<? extends FileImport> service, String permission,
                         String heldPage, String accept) {
    public static final String CSV = ".csv,text/csv";

    public ImportKind(String code, String labelKey, Class<? extends FileImport> service, String permission,
                      String heldPage) {
        this(code, labelKey, service, permission, heldPage, CSV);
    }

    public ImportKind(String code, String labelKey, Class<? extends FileImport> service, String permission) {
        this(code, labelKey, service, permission, null, CSV);
    }
}
