package org.safeshare.consent.domain;

import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;

/** The sharing being considered: for what purpose, and (when known) to which organisation of which type. */
public record SharingRequest(PurposeCategory purpose, Optional<UUID> recipientOrganisation, Optional<OrganisationType> recipientType) {

    public static SharingRequest forPurpose(PurposeCategory purpose) {
        return new SharingRequest(purpose, Optional.empty(), Optional.empty());
    }

    public static SharingRequest to(PurposeCategory purpose, UUID organisation, OrganisationType type) {
        return new SharingRequest(purpose, Optional.of(organisation), Optional.ofNullable(type));
    }
}
