package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

/**
 * A case as its file shows it. {@code personName} is the registry's name (Arabic, then Latin); the
 * opening that produced this record was audited.
 */
public record CaseFile(long id, long version, String module, String reference, long personId, String personName,
                       long centreId, String regionCode, String provinceCode, String worker, String supervisor,
                       boolean restricted, CaseStep step, LocalDate openedOn, LocalDate closedOn,
                       CloseReason closeReason, LocalDate nextFollowUp, String triage, String attention,
                       boolean handledByMe, boolean openedByBreakingTheGlass) {
    public boolean closed() {
        return step == CaseStep.CLOSED;
    }
}
