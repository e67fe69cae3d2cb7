package org.safeshare.accounts;

import java.util.UUID;
import org.safeshare.organisations.OrganisationId;

/**
 * Someone another organisation may address a disclosure to: a user who works with people's records, a team of the
 * organisation (its members read it), or the organisation's partner system (API client). Chosen from this list, never
 * typed as an address.
 */
public record Recipient(UUID id, boolean partnerSystem, String name, OrganisationId organisationId, boolean team) {

    public Recipient(UUID id, boolean partnerSystem, String name, OrganisationId organisationId) {
        this(id, partnerSystem, name, organisationId, false);
    }
}
