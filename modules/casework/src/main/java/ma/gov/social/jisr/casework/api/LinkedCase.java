package ma.gov.social.jisr.casework.api;

import java.time.LocalDate;

/**
 * A case of another module linked to this one by a referral: the one that referred it ({@code referredUs}) or
 * one its referral opened. Shown only to those who may open it.
 */
public record LinkedCase(long id, String module, String reference, CaseStep step, LocalDate openedOn,
                         boolean referredUs) {
}
