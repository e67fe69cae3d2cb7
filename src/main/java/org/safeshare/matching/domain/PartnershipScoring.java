package org.safeshare.matching.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one child's record against candidate records other organisations of a partnership hold (those the stored index
 * brings together with it, ADR 0015). Each record may come in several variants, its current name and its other names
 * (former, alternative), and a pair scores as its best variant pair, as PDS tracing searches a person's name history.
 * Answers every record at or above the review threshold, and every record named in {@code alwaysExplain} (already linked).
 */
public final class PartnershipScoring {

    /** A record (its recId), its match probability and the reasons for it. */
    public record Scored(String recId, MatchExplanation explanation) {}

    private PartnershipScoring() {}

    /** One variant per record; the population is the records given. */
    public static List<Scored> candidates(AgencyRecord child, List<AgencyRecord> others, Thresholds thresholds, Set<String> alwaysExplain) {
        return candidates(List.of(child), others.stream().map(List::of).toList(), thresholds, alwaysExplain, null);
    }

    /**
     * @param child      the child's variants, current name first
     * @param others     each candidate's variants (all with the candidate's recId)
     * @param population the partnership's counts; null to count the records given
     */
    public static List<Scored> candidates(List<AgencyRecord> child, List<List<AgencyRecord>> others, Thresholds thresholds,
            Set<String> alwaysExplain, Population population) {
        RecordStore store = new RecordStore();
        for (List<AgencyRecord> variants : others) {
            for (int v = 0; v < variants.size(); v++) {
                store.add(variants.get(v), v == 0);
            }
        }
        int indexed = store.size();
        List<Integer> queries = child.stream().map(c -> store.add(c, false)).toList();
        long records = population == null ? others.size() + 1 : population.records();
        if (population != null) {
            store.assume(population);
        }
        Scorer scorer = new Scorer(store, PartnershipModel.forRecords((int) Math.min(Integer.MAX_VALUE, records)), thresholds);
        Map<String, MatchExplanation> best = new HashMap<>();
        for (int i = 0; i < indexed; i++) {
            for (int q : queries) {
                MatchExplanation explained = scorer.explain(q, i);
                best.merge(store.recId(i), explained, (a, b) -> b.probability() > a.probability() ? b : a);
            }
        }
        List<Scored> answers = new ArrayList<>();
        best.forEach((recId, explained) -> {
            if (explained.probability() >= thresholds.review() || alwaysExplain.contains(recId)) {
                answers.add(new Scored(recId, explained));
            }
        });
        answers.sort(Comparator.comparingDouble((Scored s) -> s.explanation().probability()).reversed());
        return answers;
    }
}
