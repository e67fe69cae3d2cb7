package org.safeshare.disclosures;

import java.util.UUID;
import org.safeshare.disclosures.domain.ItemContent;

/** An item whose withheld identities the sender asked a DSL to release, as the DSL reads it to decide. */
public record ReleaseRequest(DisclosureId disclosureId, UUID itemId, String sentByName, String recipientOrganisation,
        ItemContent.FreeText item, String reason) {}
