package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

/** A service from the module's catalogue, given on a day and signed by the worker who gave it. */
public record ServiceGiven(long id, String serviceCode, LocalDate givenOn, String givenBy, String note) {
}
