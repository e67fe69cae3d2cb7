package org.safeshare.actions;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An action's id. */
public record ActionId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

    public ActionId {
        Objects.requireNonNull(value);
    }

    /** The id in an address, or empty for anything that is not a UUID (answered "not found"). */
    public static Optional<ActionId> parse(String text) {
        try {
            return Optional.of(new ActionId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
