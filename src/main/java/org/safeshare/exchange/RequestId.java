package org.safeshare.exchange;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An information request's id. */
public record RequestId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

    public RequestId {
        Objects.requireNonNull(value);
    }

    /** An id from an address, or nothing for text that is not one (answered as "not found"). */
    public static Optional<RequestId> parse(String text) {
        try {
            return Optional.of(new RequestId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
