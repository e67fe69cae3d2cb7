package org.safeshare.consent.domain;

import java.util.Set;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.organisations.OrganisationType;

/**
 * What consent covers: it is specific (UK GDPR Art 4(11); seed 002), so it covers a sharing only for a
 * purpose it names and to an organisation it names, or one of a type it names.
 */
public record ConsentScope(Set<PurposeCategory> purposes, Set<UUID> recipientOrganisations, Set<OrganisationType> recipientTypes,
        Set<String> informationCategories) {

    public ConsentScope {
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        recipientOrganisations = recipientOrganisations == null ? Set.of() : Set.copyOf(recipientOrganisations);
        recipientTypes = recipientTypes == null ? Set.of() : Set.copyOf(recipientTypes);
        informationCategories = informationCategories == null ? Set.of() : Set.copyOf(informationCategories);
    }

    /** An unknown recipient is judged by purpose alone: the practitioner is told to check the recipient is named. */
    public boolean covers(SharingRequest request) {
        if (!purposes.contains(request.purpose())) {
            return false;
        }
        if (request.recipientOrganisation().isEmpty()) {
            return true;
        }
        return recipientOrganisations.contains(request.recipientOrganisation().get())
                || request.recipientType().map(recipientTypes::contains).orElse(false);
    }
}
