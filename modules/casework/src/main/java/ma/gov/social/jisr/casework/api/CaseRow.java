package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.Keyed;
import ma.gov.social.jisr.platform.api.PageKey;

/**
 * One line of a case list. {@code name} is the person's name for those who handle the case and only
 * initials for everyone else ({@code named} says which).
 */
public record CaseRow(long id, String reference, String name, boolean named, String provinceCode, CaseStep step,
                      LocalDate openedOn, String worker, boolean restricted, String triage, String attention,
                      LocalDate nextFollowUp, LocalDate referralDue) implements Keyed {
    /** Lists run newest first and nothing else: the next page starts after this opening day and id. */
    @Override
    public PageKey keyUnder(String sortField) {
        return sortField == null && openedOn != null ? new PageKey(List.of(openedOn), id) : null;
    }
}
