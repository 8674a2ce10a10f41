package ma.gov.social.jisr.funding.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.gov.social.jisr.platform.api.value.Dirhams;

/**
 * A submission as staff enter it from the paper or electronic file: {@code receivedAt} is when the ministry
 * received it (Morocco time), which must fall within the call's window; the amount requested must equal what
 * the budget lines leave to the ministry.
 */
public record ProjectData(long callId, long associationId, String title, FundingDomain domain,
                          Set<FundingDomain> components, Map<TargetCategory, Integer> targets, int durationMonths,
                          LocalDateTime receivedAt, List<BudgetLine> lines, Dirhams amountRequested) {
}
