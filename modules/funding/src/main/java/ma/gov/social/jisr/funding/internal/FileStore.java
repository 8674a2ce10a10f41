package ma.gov.social.jisr.funding.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ma.gov.social.jisr.funding.api.DocumentKind;
import ma.gov.social.jisr.funding.api.FileInfo;
import ma.gov.social.jisr.funding.api.NewFile;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.files.ContentCheck;
import ma.gov.social.jisr.platform.api.sql.Sql;

/**
 * The module's files (fun_document): a project's papers and the receipts of a report. The type is read from
 * the bytes; the caller has already checked that the owner is within the caller's territory.
 */
final class FileStore {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final String COLUMNS = "id, kind, file_name, content_type, size_bytes, added_at, added_by";

    enum Owner { PROJECT, ASSOCIATION, EXPENSE }

    /** A stored file's owner, to check the caller may see it. */
    record Owned(Owner owner, long ownerId, FileInfo info) {
    }

    private final Sql sql;

    FileStore(Sql sql) {
        this.sql = sql;
    }

    /** Refuses a file before anything is written: a missing kind, empty, too large, or not PDF/JPEG/PNG. */
    static String checked(NewFile file) {
        if (file == null || file.kind() == null) {
            throw new JisrException("funding.document.kindRequired");
        }
        if (file.content() == null || file.content().length == 0) {
            throw new JisrException("funding.document.empty");
        }
        if (file.content().length > MAX_BYTES) {
            throw new JisrException("funding.document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return ContentCheck.acceptedType(file.content())
                .orElseThrow(() -> new JisrException("funding.document.typeRefused", file.fileName()));
    }

    long add(Owner owner, long ownerId, NewFile file, String by, LocalDateTime at) {
        String type = checked(file);
        long id = sql.ids("fun_document_seq", 50).getAsLong();
        sql.update("insert into fun_document (id, owner_kind, owner_id, kind, file_name, content_type, size_bytes,"
                + " sha256, content, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, owner.name(),
                ownerId, file.kind().name(), ContentCheck.safeName(file.fileName(), type), type, file.content().length,
                ContentCheck.sha256(file.content()), file.content(), at, by);
        return id;
    }

    List<FileInfo> of(Owner owner, long ownerId) {
        return sql.list("select " + COLUMNS + " from fun_document where owner_kind = ? and owner_id = ? order by id",
                FileStore::info, owner.name(), ownerId);
    }

    Optional<Owned> find(long id) {
        return sql.one("select owner_kind, owner_id, " + COLUMNS + " from fun_document where id = ?",
                r -> new Owned(r.enumValue("owner_kind", Owner.class), r.number("owner_id"), info(r)), id);
    }

    byte[] content(long id) {
        return sql.one("select content from fun_document where id = ?", r -> r.bytes("content"), id).orElseThrow();
    }

    private static FileInfo info(ma.gov.social.jisr.platform.api.sql.Row r) throws java.sql.SQLException {
        return new FileInfo(r.number("id"), r.enumValue("kind", DocumentKind.class), r.string("file_name"),
                r.string("content_type"), r.integer("size_bytes"), r.time("added_at"), r.string("added_by"));
    }
}
