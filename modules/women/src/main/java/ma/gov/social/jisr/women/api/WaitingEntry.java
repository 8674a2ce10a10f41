package ma.gov.social.jisr.women.api;

import java.time.LocalDateTime;

public record WaitingEntry(long id, long caseId, String caseReference, long centreId, LocalDateTime since) {
}
