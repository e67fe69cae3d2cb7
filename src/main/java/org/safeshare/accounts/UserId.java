package org.safeshare.accounts;

import java.util.Objects;
import java.util.UUID;

/** Identifies one user account. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
