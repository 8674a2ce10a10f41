package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

/** A case as a module's own forms need it: no personal data, only where it stands. */
public record CaseRef(long id, String module, String reference, long personId, long centreId, String regionCode,
                      String provinceCode, CaseStep step, LocalDate openedOn, String triage) {
    public boolean closed() {
        return step == CaseStep.CLOSED;
    }
}
