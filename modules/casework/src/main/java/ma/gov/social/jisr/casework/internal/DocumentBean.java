package ma.gov.social.jisr.casework.internal;

import ma.gov.social.jisr.platform.api.files.ContentCheck;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import javax.sql.DataSource;
import ma.gov.social.jisr.casework.api.CaseDocument;
import ma.gov.social.jisr.casework.api.DocumentKind;
import ma.gov.social.jisr.casework.api.DocumentService;
import ma.gov.social.jisr.platform.api.CurrentUser;
import ma.gov.social.jisr.platform.api.JisrException;
import ma.gov.social.jisr.platform.api.Roles;
import ma.gov.social.jisr.platform.api.audit.AuditAction;
import ma.gov.social.jisr.platform.api.audit.AuditLog;
import ma.gov.social.jisr.platform.api.sql.Sql;

@Stateless
@RolesAllowed({Roles.REGIONAL_COORDINATOR, Roles.CASE_WORKER_WOMEN, Roles.CASE_WORKER_CHILDREN,
    Roles.CASE_WORKER_FAMILIES, Roles.CASE_WORKER_ELDERLY, Roles.CASE_WORKER_DISABILITY})
public class DocumentBean implements DocumentService {
    @PersistenceContext(unitName = "casework")
    private EntityManager em;
    @Resource(lookup = "jdbc/jisr")
    private DataSource dataSource;
    @Inject
    private CaseGate gate;
    @Inject
    private CurrentUser me;
    @Inject
    private AuditLog audit;

    @Override
    public long attach(long caseId, DocumentKind kind, String fileName, byte[] content) {
        CaseEntity c = gate.change(caseId);
        CaseSteps.requireOpen(c.getStep());
        if (kind == null) {
            throw new JisrException("casework.document.kindRequired");
        }
        if (content == null || content.length == 0) {
            throw new JisrException("casework.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new JisrException("casework.document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = ContentCheck.acceptedType(content)
                .orElseThrow(() -> new JisrException("casework.document.typeRefused"));
        DocumentEntity d = new DocumentEntity(caseId, kind, ContentCheck.safeName(fileName, type), type,
                content.length, ContentCheck.sha256(content), me.username());
        em.persist(d);
        em.flush();
        new Sql(dataSource).update("insert into cas_document_content (document_id, content) values (?, ?)",
                d.getId(), content);
        audit.record(gate.entry(c, AuditAction.CREATE).withDetail("document " + d.getId() + " (" + kind + ", "
                + type + ", " + content.length + " bytes)"));
        return d.getId();
    }

    @Override
    public List<CaseDocument> documents(long caseId) {
        gate.read(caseId);
        return em.createQuery("select d from DocumentEntity d where d.caseId = :c order by d.id desc",
                DocumentEntity.class).setParameter("c", caseId).getResultStream().map(DocumentEntity::document)
                .toList();
    }

    @Override
    public DocumentContent download(long documentId) {
        DocumentEntity d = em.find(DocumentEntity.class, documentId);
        if (d == null) {
            throw new JisrException("casework.document.notFound");
        }
        CaseEntity c = gate.read(d.caseId());
        audit.recordNow(gate.entry(c, AuditAction.EXPORT).withDetail("document " + documentId + " downloaded"));
        byte[] bytes = new Sql(dataSource).one("select content from cas_document_content where document_id = ?",
                r -> r.bytes("content"), documentId).orElseThrow(() -> new JisrException("casework.document.notFound"));
        return new DocumentContent(d.document(), bytes);
    }
}
