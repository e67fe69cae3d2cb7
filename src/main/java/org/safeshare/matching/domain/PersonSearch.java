package org.safeshare.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * "Does anyone else know this child?" against the index: the query record is added to the store (not the
 * index), its keys looked up, each candidate scored once, and those at or above the review threshold
 * answered best first. Not thread-safe: one search at a time per store.
 */
public final class PersonSearch {

    /** A candidate record (its position in the store) and its match probability. */
    public record Candidate(int record, double probability) {}

    private final RecordStore store;
    private final BlockingIndex index;
    private final Scorer scorer;
    private final Thresholds thresholds;
    private int[] seen = new int[256];

    public PersonSearch(RecordStore store, BlockingIndex index, Scorer scorer, Thresholds thresholds) {
        this.store = store;
        this.index = index;
        this.scorer = scorer;
        this.thresholds = thresholds;
    }

    public List<Candidate> search(AgencyRecord query) {
        int q = store.add(query, false);
        try {
            return candidates(q);
        } finally {
            store.truncate(index.indexed());
        }
    }

    private List<Candidate> candidates(int q) {
        int found = 0;
        for (BlockingKeys kind : BlockingKeys.ALL) {
            int block = index.find(kind, kind.key(store, q));
            if (block < 0 || index.blockEnd(kind, block) - index.blockStart(kind, block) > ModelTraining.LARGEST_BLOCK * 5) {
                continue;
            }
            for (int p = index.blockStart(kind, block); p < index.blockEnd(kind, block); p++) {
                if (found == seen.length) {
                    seen = Arrays.copyOf(seen, found * 2);
                }
                seen[found++] = index.posting(kind, p);
            }
        }
        Arrays.sort(seen, 0, found);
        double reviewWeight = BulkLinkage.logit(thresholds.review());
        List<Candidate> answers = new ArrayList<>();
        for (int c = 0; c < found; c++) {
            if (c > 0 && seen[c] == seen[c - 1]) {
                continue;
            }
            double weight = scorer.matchWeight(q, seen[c]);
            if (weight >= reviewWeight) {
                answers.add(new Candidate(seen[c], MatchModel.probability(weight)));
            }
        }
        answers.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return answers;
    }
}
