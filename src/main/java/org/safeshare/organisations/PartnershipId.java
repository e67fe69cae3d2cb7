package org.safeshare.organisations;

import java.util.Objects;
import java.util.UUID;

/** Identifies one safeguarding partnership; a deployment may host several. */
public record PartnershipId(UUID value) {
    public PartnershipId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
