package org.safeshare.decisions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A decision with its whole history, oldest version first. */
public record DecisionRecord(DecisionId id, UUID organisationId, String organisationName, Optional<UUID> personId,
        List<DecisionVersion> versions) {

    public DecisionRecord {
        versions = List.copyOf(versions);
    }

    /** The record with the recording organisation's name, which the organisations module holds. */
    public DecisionRecord recordedBy(String organisation) {
        return new DecisionRecord(id, organisationId, organisation, personId, versions);
    }

    public DecisionVersion current() {
        return versions.getLast();
    }
}
