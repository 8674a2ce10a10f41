package ma.gov.social.jisr.casework.api;

import java.time.LocalDateTime;

public record CaseDocument(long id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                           LocalDateTime uploadedAt, String uploadedBy) {
}
