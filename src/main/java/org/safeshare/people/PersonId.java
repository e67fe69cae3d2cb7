package org.safeshare.people;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one person's record in one organisation. */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value);
    }

    /** Reads an id from an address or request; anything malformed names no record. */
    public static Optional<PersonId> parse(String value) {
        try {
            return Optional.of(new PersonId(UUID.fromString(value)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
