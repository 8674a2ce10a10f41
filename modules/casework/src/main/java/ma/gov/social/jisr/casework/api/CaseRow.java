package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

/**
 * One line of a case list. {@code name} is the person's name for those who handle the case and only
 * initials for everyone else ({@code named} says which).
 */
public record CaseRow(long id, String reference, String name, boolean named, String provinceCode, CaseStep step,
                      LocalDate openedOn, String worker, boolean restricted, String triage, String attention,
                      LocalDate nextFollowUp, LocalDate referralDue) {
}
