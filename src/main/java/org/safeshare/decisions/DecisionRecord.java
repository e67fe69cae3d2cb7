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

    public DecisionVersion current() {
        return versions.getLast();
    }
}
