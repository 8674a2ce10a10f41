package ma.gov.social.jisr.funding.api;

import java.util.List;
import ma.gov.social.jisr.platform.api.PageRequest;

/**
 * Projects submitted to a call, entered by the staff of the association's territory. A submission is taken
 * whole or not at all: refused outside the call's window, from an association that is not eligible, above
 * the ceiling, with budget lines that do not add up or a required document missing.
 */
public interface ProjectService {
    long submit(ProjectData data, List<NewFile> documents);

    ProjectDetails get(long id);

    /** Keyset pages by id, within the caller's territory. */
    List<ProjectRow> rows(ProjectFilter filter, PageRequest page);

    long count(ProjectFilter filter);

    void addDocument(long projectId, NewFile file);

    /** An association's legal papers (statutes, registration receipt, board minutes). */
    List<FileInfo> legalDocuments(long associationId);

    void addLegalDocument(long associationId, NewFile file);

    /** A file of the module (a project's paper or a receipt) the caller may see; its reading audited. */
    byte[] download(long documentId);

    FileInfo document(long documentId);
}
