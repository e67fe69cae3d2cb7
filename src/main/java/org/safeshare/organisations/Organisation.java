package org.safeshare.organisations;

import java.util.List;
import java.util.Optional;

/**
 * An agency in a partnership. A MASH names its parent, children's social care. {@code publicAuthority} and
 * {@code coveredByDutyToShare} say who it is as a sharer (see {@link OrganisationType}); they start from its type.
 */
public record Organisation(OrganisationId id, PartnershipId partnershipId, Optional<OrganisationId> parentId,
        OrganisationType type, String name, List<Identifier> identifiers, List<ContactPoint> contactPoints,
        boolean publicAuthority, boolean coveredByDutyToShare) {

    public Organisation {
        identifiers = List.copyOf(identifiers);
        contactPoints = List.copyOf(contactPoints);
    }

    /** A new organisation, a public authority and within the duty to share as its type usually is. */
    public Organisation(OrganisationId id, PartnershipId partnershipId, Optional<OrganisationId> parentId, OrganisationType type,
            String name, List<Identifier> identifiers, List<ContactPoint> contactPoints) {
        this(id, partnershipId, parentId, type, name, identifiers, contactPoints, type.publicAuthorityByDefault(),
                type.coveredByDutyToShareByDefault());
    }
}
