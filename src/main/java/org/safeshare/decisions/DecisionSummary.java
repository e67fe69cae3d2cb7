package org.safeshare.decisions;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision as a list shows it: the record's ids and its current version's time, recorder, choice, recommended outcome
 * and purpose, read from the version's columns without its JSON (facts, recommendation and decision stay on the record's
 * own page; docs/performance.md).
 */
public record DecisionSummary(DecisionId id, UUID organisationId, String organisationName, Optional<UUID> personId, int version,
        Instant recordedAt, UUID recordedBy, String recordedByName, DecisionTaken.Choice choice, Recommendation.Outcome outcome,
        String purpose) {

    /** The summary with the recording organisation's name, which the organisations module holds. */
    public DecisionSummary recordedBy(String organisation) {
        return new DecisionSummary(id, organisationId, organisation, personId, version, recordedAt, recordedBy, recordedByName, choice,
                outcome, purpose);
    }
}
