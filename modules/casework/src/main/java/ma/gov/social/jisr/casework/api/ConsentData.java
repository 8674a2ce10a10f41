package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

/**
 * A consent or a legal ground to record. A guardian's consent names the guardian (a person of the
 * registry); a legal ground gives its reference (the order's number, the request's date and office).
 */
public record ConsentData(ConsentPurpose purpose, ConsentBasis basis, ConsentGiver givenBy, Long guardianPersonId,
                          String reference, LocalDate givenOn) {
}
