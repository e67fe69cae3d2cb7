package org.safeshare.disclosures;

import java.time.Instant;
import java.util.UUID;

/** A recorded decision to share with an organisation, under which a disclosure to that organisation may be sent. */
public record DecisionChoice(UUID decisionId, UUID recipientOrganisationId, String recipientOrganisation, Instant recordedAt,
        String purpose) {}
