package org.safeshare.matching.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pair of records: a valid NHS number or UPN held by both decides alone (same: a link; different:
 * never a link); otherwise the model's prior plus each field's weight, with term-frequency weights for
 * exact name agreements, so that two Smiths count for less than two Przybylskis. An identifier that fails its check
 * is one of those fields: evidence, weighed like a name, never a deterministic link.
 */
public final class Scorer {

    private static final Field[] FIELDS = Field.values();
    private static final int FIRST_NAMES_DIFFERENT = Field.FIRST_NAME.levelCount() - 1;

    private final RecordStore store;
    private final MatchModel model;
    private final Comparisons comparisons;
    private final double twinCeiling;

    /** The thresholds set where possible twins are held: between review and link, so a person decides. */
    public Scorer(RecordStore store, MatchModel model, Thresholds thresholds) {
        this.store = store;
        this.model = model;
        this.comparisons = new Comparisons(store);
        this.twinCeiling = thresholds.holdPossibleTwins() ? BulkLinkage.logit((thresholds.review() + thresholds.link()) / 2) : Double.POSITIVE_INFINITY;
    }

    public MatchModel model() {
        return model;
    }

    /** The match weight in bits: +infinity for a deterministic link, -infinity for a pair that must never link. */
    public double matchWeight(int i, int j) {
        double deterministic = identifiers(i, j);
        if (deterministic != 0) {
            return deterministic;
        }
        double total = model.priorWeight();
        for (Field field : FIELDS) {
            total += fieldWeight(field, comparisons.level(field, i, j), i, j);
        }
        return possibleTwins(i, j) ? Math.min(total, twinCeiling) : total;
    }

    /**
     * Two different first names on the same date of birth and surname: twins (or triplets) as likely as one child
     * recorded under two names. Fellegi-Sunter cannot tell, as everything else about twins agrees; a person must.
     */
    boolean possibleTwins(int i, int j) {
        return comparisons.level(Field.FIRST_NAME, i, j) == FIRST_NAMES_DIFFERENT && store.dob[i] == store.dob[j]
                && store.surname[i] >= 0 && comparisons.level(Field.SURNAME, i, j) <= 3;
    }

    public double probability(int i, int j) {
        return MatchModel.probability(matchWeight(i, j));
    }

    public MatchExplanation explain(int i, int j) {
        double deterministic = identifiers(i, j);
        if (deterministic != 0) {
            String rule = deterministic > 0 ? "same valid " : "different valid ";
            rule += store.nhs[i] != 0 && store.nhs[j] != 0 ? "NHS number" : "unique pupil number";
            return new MatchExplanation(MatchModel.probability(deterministic), rule, 0, List.of());
        }
        List<MatchExplanation.FieldEvidence> evidence = new ArrayList<>();
        double total = model.priorWeight();
        for (Field field : FIELDS) {
            int level = comparisons.level(field, i, j);
            double weight = fieldWeight(field, level, i, j);
            total += weight;
            if (level != Field.MISSING || !ModelTraining.FOLLOWERS.contains(field)) { // an identifier one record lacks says nothing
                evidence.add(new MatchExplanation.FieldEvidence(field, level, weight));
            }
        }
        boolean twins = possibleTwins(i, j) && total > twinCeiling;
        return new MatchExplanation(MatchModel.probability(twins ? twinCeiling : total),
                twins ? "possibly twins: different first names, same date of birth and surname; a person must decide" : "",
                model.priorWeight(), evidence);
    }

    int level(Field field, int i, int j) {
        return comparisons.level(field, i, j);
    }

    private double fieldWeight(Field field, int level, int i, int j) {
        if (level == 0 && field == Field.FIRST_NAME) {
            return model.exactWeight(field, store.firstNames.frequency(store.first[j]));
        }
        if (level == 0 && field == Field.SURNAME) { // j's surname unless j holds a lone name read as a surname
            return model.exactWeight(field, store.surnames.frequency(store.surname[store.surname[j] >= 0 ? j : i]));
        }
        return model.weight(field, level);
    }

    /** NHS number first (the intended consistent identifier, Children Act 2004 s16LC), then UPN. */
    private double identifiers(int i, int j) {
        if (store.nhs[i] != 0 && store.nhs[j] != 0) {
            return store.nhs[i] == store.nhs[j] ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (store.upn[i] >= 0 && store.upn[j] >= 0) {
            return store.upn[i] == store.upn[j] ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }
}
