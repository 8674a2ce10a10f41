package ma.gov.social.jisr.upgrades.api;

/** CHOSEN: in the plan; OVER_BUDGET: next in priority but too costly for what was left; SWAPPED_OUT: replaced in review. */
public enum LineStatus {
    CHOSEN, OVER_BUDGET, SWAPPED_OUT
}
