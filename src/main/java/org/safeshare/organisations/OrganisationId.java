package org.safeshare.organisations;

import java.util.Objects;
import java.util.UUID;

/** Identifies one organisation in the deployment. */
public record OrganisationId(UUID value) {
    public OrganisationId {
        Objects.requireNonNull(value);
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
