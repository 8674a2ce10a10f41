package ma.gov.social.jisr.women.api.empowerment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/** A request's page: what was asked, the review, the financing, the milestones and the papers. */
public record RequestDetails(long id, long version, long personId, String name, String nationalId,
                             Long cooperativeId, String cooperativeName, String idea, Sector sector,
                             Dirhams amountAsked, String regionCode, String provinceCode, LocalDate receivedOn,
                             RequestStage stage, LocalDate decidedOn, String decidedBy, String reason,
                             String adviser, String adviserName, Programme programme, Dirhams financedAmount,
                             LocalDate financedOn, List<MilestoneRow> milestones, List<Paper> papers) {
    /** A paper handed in with the request (its bytes are read through the service, audited). */
    public record Paper(long id, String fileName, String contentType, int sizeBytes, LocalDateTime addedAt,
                        String addedBy) {
    }
}
