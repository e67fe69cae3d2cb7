package org.safeshare.decisions;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one decision; its versions (corrections) share the id. */
public record DecisionId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {
    public DecisionId {
        Objects.requireNonNull(value);
    }

    public static Optional<DecisionId> parse(String value) {
        try {
            return Optional.of(new DecisionId(UUID.fromString(value)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
