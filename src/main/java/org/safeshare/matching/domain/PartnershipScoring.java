package org.safeshare.matching.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Scores one child's record against the records the other organisations of a partnership hold, each once: a partnership
 * holds few enough children to compare them all (the blocking index, ADR 0015, is the path past one county). Answers
 * every record at or above the review threshold, and every record named in {@code alwaysExplain} (already linked).
 */
public final class PartnershipScoring {

    /** A record (its recId), its match probability and the reasons for it. */
    public record Scored(String recId, MatchExplanation explanation) {}

    private PartnershipScoring() {}

    public static List<Scored> candidates(AgencyRecord child, List<AgencyRecord> others, Thresholds thresholds, Set<String> alwaysExplain) {
        RecordStore store = new RecordStore();
        for (AgencyRecord other : others) {
            store.add(other, true);
        }
        int q = store.add(child, false);
        Scorer scorer = new Scorer(store, PartnershipModel.forRecords(others.size() + 1), thresholds);
        List<Scored> answers = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            if (scorer.probability(q, i) >= thresholds.review() || alwaysExplain.contains(store.recId(i))) {
                answers.add(new Scored(store.recId(i), scorer.explain(q, i)));
            }
        }
        answers.sort(Comparator.comparingDouble((Scored s) -> s.explanation().probability()).reversed());
        return answers;
    }
}
