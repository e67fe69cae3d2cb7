package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.platform.security.Role;

/**
 * A decision to share without consent or against a refusal, on one of seed 003's grounds: who decided,
 * when and why, and, where the organisation's policy requires it, who approved it (DSL or Caldicott guardian).
 */
public record GroundToProceed(UUID id, Ground ground, Ground.HarmForm harmForm, PurposeCategory purpose, UUID recipientOrganisation,
        String reasons, String decidedBy, LocalDate decidedOn, Role approvalRole, String approvedBy, LocalDate approvedOn) {

    /** Awaiting approval, it does not yet set anything aside. */
    public boolean inForce() {
        return approvalRole == null || approvedBy != null;
    }

    public boolean covers(SharingRequest request) {
        return purpose == request.purpose()
                && (recipientOrganisation == null || request.recipientOrganisation().map(recipientOrganisation::equals).orElse(true));
    }
}
