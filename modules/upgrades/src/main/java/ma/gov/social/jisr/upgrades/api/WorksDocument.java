package ma.gov.social.jisr.upgrades.api;

import java.time.LocalDateTime;

/** A photo or document attached to a planned upgrade (the content is read separately). */
public record WorksDocument(long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
                            LocalDateTime uploadedAt) {
}
