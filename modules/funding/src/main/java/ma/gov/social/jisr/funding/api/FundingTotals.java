package ma.gov.social.jisr.funding.api;

import java.util.List;

/** Totals of the funding, within the caller's territory, for one call or all ({@code callId} null). */
public interface FundingTotals {
    enum By { CALL, DOMAIN, REGION, PROVINCE }

    List<TotalRow> totals(Long callId, By by);
}
