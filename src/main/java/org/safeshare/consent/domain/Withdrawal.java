package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;

/**
 * Consent withdrawn (it can be at any time, seed 002): when, by whom, and what it covers. Empty
 * purposes and recipients mean the whole consent; otherwise only those purposes or recipients.
 */
public record Withdrawal(LocalDate withdrawnOn, String withdrawnBy, Set<PurposeCategory> purposes, Set<UUID> recipientOrganisations,
        String note) {

    public Withdrawal {
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        recipientOrganisations = recipientOrganisations == null ? Set.of() : Set.copyOf(recipientOrganisations);
    }

    public boolean whole() {
        return purposes.isEmpty() && recipientOrganisations.isEmpty();
    }

    public boolean covers(SharingRequest request) {
        boolean purpose = purposes.isEmpty() || purposes.contains(request.purpose());
        boolean recipient = recipientOrganisations.isEmpty()
                || request.recipientOrganisation().map(recipientOrganisations::contains).orElse(true);
        return purpose && recipient;
    }
}
