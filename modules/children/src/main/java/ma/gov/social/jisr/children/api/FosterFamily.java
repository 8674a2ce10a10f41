package ma.gov.social.jisr.children.api;

import java.time.LocalDate;

/** A foster family of the registry, with its places and its last home visit. */
public record FosterFamily(long id, long version, String reference, String familyName, Long guardianPersonId,
                           String address, String phone, String provinceCode, LocalDate approvedOn,
                           String approvalReference, int capacity, int occupied, LocalDate trainedOn,
                           FosterStatus status, LocalDate lastVisitOn) {
    public enum FosterStatus {
        CANDIDATE, APPROVED, SUSPENDED, WITHDRAWN
    }
}
