package org.safeshare.disclosures;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Published in the sending transaction when a disclosure is sent, so that a module waiting on it (the exchange module,
 * marking the information request it answers as answered) learns of it exactly when it commits. It names no person.
 */
public record DisclosureSent(DisclosureId disclosureId, Optional<UUID> requestId, UUID senderOrganisationId,
        UUID recipientOrganisationId, UUID decisionId, Instant sentAt) {}
