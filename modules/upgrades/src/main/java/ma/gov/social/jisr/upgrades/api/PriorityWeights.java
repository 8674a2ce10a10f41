package ma.gov.social.jisr.upgrades.api;

import ma.gov.social.jisr.platform.api.JisrException;

/**
 * How much each part of a centre's need counts, 0 to 100 each, set by the programme year. The score is
 * the weighted mean of the parts on a 0-100 scale, so weights compare with each other, not with 100.
 */
public record PriorityWeights(int condition, int served, int waiting, int rural, int group) {
    public static final PriorityWeights DEFAULT = new PriorityWeights(40, 20, 20, 10, 10);

    public PriorityWeights {
        for (int w : new int[] {condition, served, waiting, rural, group}) {
            if (w < 0 || w > 100) {
                throw new JisrException("priority.weight.range");
            }
        }
        if (condition + served + waiting + rural + group == 0) {
            throw new JisrException("priority.weight.none");
        }
    }

    public int total() {
        return condition + served + waiting + rural + group;
    }

    /** The weighted sum of the parts, unrounded: what ranks centres (ties by id). */
    public double weighted(PriorityParts p) {
        return condition * p.condition() + served * p.served() + waiting * p.waiting() + rural * p.rural()
                + group * p.group();
    }

    /** The priority score, 0 to 100, rounded to two decimals. */
    public double score(PriorityParts p) {
        return Math.round(weighted(p) * 100.0 / total() * 100.0) / 100.0;
    }
}
