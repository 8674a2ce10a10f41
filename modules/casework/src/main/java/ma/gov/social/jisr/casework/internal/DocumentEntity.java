package ma.gov.social.jisr.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import ma.gov.social.jisr.casework.api.CaseDocument;
import ma.gov.social.jisr.casework.api.DocumentKind;

/** A document's description; its bytes are in cas_document_content, read only for a download. */
@Entity
@Table(name = "cas_document")
public class DocumentEntity {
    @Id
    @SequenceGenerator(name = "cas_document_seq", sequenceName = "cas_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_document_seq")
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;
    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected DocumentEntity() {
    }

    DocumentEntity(long caseId, DocumentKind kind, String fileName, String contentType, long size, String sha256,
                   String by) {
        this.caseId = caseId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.uploadedAt = LocalDateTime.now();
        this.uploadedBy = by;
    }

    Long getId() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    CaseDocument document() {
        return new CaseDocument(id, kind, fileName, contentType, sizeBytes, uploadedAt, uploadedBy);
    }
}
