package org.safeshare.people;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one recorded relationship between two people. */
public record RelationshipId(UUID value) {
    public RelationshipId {
        Objects.requireNonNull(value);
    }

    /** Reads an id from an address or request; anything malformed names no record. */
    public static Optional<RelationshipId> parse(String value) {
        try {
            return Optional.of(new RelationshipId(UUID.fromString(value)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
