package ma.gov.social.jisr.funding.api;

import java.time.LocalDate;
import java.util.List;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * An agreement as drafted: the amount granted (never above the amount requested) and its schedule in whole
 * percentages summing to 100 (the first tranche due on signature, each next one once the report on the one
 * before is approved; the amounts add up to the grant to the centime, the last taking what rounding left).
 */
public record AgreementData(Dirhams amountGranted, List<Integer> schedule, String conditions, LocalDate startsOn,
                            LocalDate endsOn, String ministrySignatory, String associationSignatory) {
}
