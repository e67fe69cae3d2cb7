package org.safeshare.decisions;

import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * A version of a decision record was written, with the consent record it relies on, if any: published in the same
 * transaction so that the consent module records the reliance where it happens and a withdrawal finds the decisions
 * that relied on the consent without asking this module (ADR 0012). The latest version's reliance is the one that counts.
 */
public record DecisionVersionRecorded(DecisionId decision, UUID organisationId, int version, java.time.Instant recordedAt,
        Optional<UUID> consentRecordId,
        PurposeCategory purpose, Optional<UUID> recipientOrganisationId, boolean shares) {}
