package org.safeshare.decisions;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a decision record, never changed once written: version 1 is the decision, later
 * versions are corrections with their reason. The recommendation is the one given at the time, under
 * the guidance version then pinned.
 */
public record DecisionVersion(int version, Instant recordedAt, UUID recordedBy, String recordedByName, String correctionReason,
        SharingFacts facts, Recommendation recommendation, DecisionTaken decision, boolean departsFromRecommendation) {}
