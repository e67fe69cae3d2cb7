package org.safeshare.consent;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one consent (or refusal) record with all its versions. */
public record ConsentId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {
    public ConsentId {
        Objects.requireNonNull(value);
    }

    /** Reads an id from an address or request; anything malformed names no record. */
    public static Optional<ConsentId> parse(String value) {
        try {
            return Optional.of(new ConsentId(UUID.fromString(value)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
