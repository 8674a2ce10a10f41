package ma.gov.social.jisr.funding.api;

import java.time.LocalDateTime;

/** A stored file, without its bytes. */
public record FileInfo(long id, DocumentKind kind, String fileName, String contentType, int sizeBytes,
                       LocalDateTime addedAt, String addedBy) {
}
