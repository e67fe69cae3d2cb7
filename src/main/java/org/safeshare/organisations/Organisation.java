package org.safeshare.organisations;

import java.util.List;
import java.util.Optional;

/** An agency in a partnership. A MASH names its parent, children's social care. */
public record Organisation(OrganisationId id, PartnershipId partnershipId, Optional<OrganisationId> parentId,
        OrganisationType type, String name, List<Identifier> identifiers, List<ContactPoint> contactPoints) {

    public Organisation {
        identifiers = List.copyOf(identifiers);
        contactPoints = List.copyOf(contactPoints);
    }
}
