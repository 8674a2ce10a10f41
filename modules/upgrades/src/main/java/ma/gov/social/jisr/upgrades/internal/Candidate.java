package ma.gov.social.jisr.upgrades.internal;

import java.util.Comparator;
import java.util.List;
import ma.gov.social.jisr.centres.api.CentreFacts;
import ma.gov.social.jisr.upgrades.api.PriorityParts;
import ma.gov.social.jisr.upgrades.api.PriorityWeights;

/** A centre the programme may choose in a year, with its priority and the parts of it. */
record Candidate(CentreFacts centre, PriorityParts parts, double weighted, double score) {
    /** Best first: the highest weighted need, then the lowest id, so that a rerun ranks the same way. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::weighted).reversed()
            .thenComparingLong(c -> c.centre().centreId());

    static Candidate of(CentreFacts centre, int year, PriorityWeights weights) {
        PriorityParts parts = PriorityParts.of(centre, year);
        return new Candidate(centre, parts, weights.weighted(parts), weights.score(parts));
    }

    static List<Candidate> ranked(List<CentreFacts> centres, int year, PriorityWeights weights) {
        return centres.stream().map(c -> of(c, year, weights)).sorted(BEST_FIRST).toList();
    }
}
