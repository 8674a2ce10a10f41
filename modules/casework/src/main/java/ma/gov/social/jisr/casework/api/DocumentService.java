package ma.gov.social.jisr.casework.api;

import java.util.List;

/**
 * Documents attached to a case, kept in the database (never under the web root). A file is accepted by
 * what its content is (PDF, JPEG, PNG), not by its name; only those who may open the case may list or
 * download them, and every download is audited before its first byte.
 */
public interface DocumentService {
    long MAX_BYTES = 10L * 1024 * 1024;

    long attach(long caseId, DocumentKind kind, String fileName, byte[] content);

    List<CaseDocument> documents(long caseId);

    /** The document and its bytes (at most {@link #MAX_BYTES}); audited before anything is returned. */
    DocumentContent download(long documentId);

    record DocumentContent(CaseDocument document, byte[] bytes) {
    }
}
