package ma.gov.social.jisr.upgrades.api;

import java.util.List;

/** Following the works of an approved plan, centre by centre. */
public interface WorksService {
    PlanLine line(int year, long centreId);

    /** Moves the works one step on; a finished upgrade enters the centre's history and asks for an inspection. */
    void advance(int year, long centreId, long version, WorksStep step);

    /** A JPEG or PNG photo or a PDF, recognised by its content; 10 MB at most. */
    long attach(int year, long centreId, String fileName, byte[] content);

    List<WorksDocument> documents(int year, long centreId);

    /** The document's bytes; refused outside the caller's territory. */
    byte[] content(long documentId);
}
