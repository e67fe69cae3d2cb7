package org.safeshare.disclosures;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one disclosure. */
public record DisclosureId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {
    public DisclosureId {
        Objects.requireNonNull(value);
    }

    public static Optional<DisclosureId> parse(String value) {
        try {
            return Optional.of(new DisclosureId(UUID.fromString(value)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
