package org.safeshare.exchange;

import java.util.List;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.domain.Urgency;

/**
 * What a requester asks: about whom (a person their organisation holds), why (purpose and their lawful basis), what
 * (the questions), how urgently, and of whom (organisations of the partnership, each optionally with a named
 * practitioner or team). {@code statesPublicTask}: the requester states it needs the information for a task in the public
 * interest or its official authority (UK GDPR Article 6(1)(e)), which lets a recipient that is not a public authority
 * answer under recognised legitimate interest (UK GDPR Annex 1 paragraph 1).
 */
public record NewInformationRequest(UUID personId, PurposeCategory purposeCategory, String purpose, String lawfulBasis,
        Boolean statesPublicTask, Urgency urgency, List<String> questions, List<Addressee> addressees) {

    public NewInformationRequest {
        // Copied allowing nulls: a null in a list sent to the API is a problem to name, not a crash.
        questions = questions == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(questions));
        addressees = addressees == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(addressees));
    }

    /**
     * An organisation asked, triaged by its DSLs, and optionally the practitioner there who is asked by name and one of
     * its teams (whose members see and answer it).
     */
    public record Addressee(UUID organisationId, UUID namedUserId, UUID teamId) {

        public Addressee(UUID organisationId, UUID namedUserId) {
            this(organisationId, namedUserId, null);
        }
    }
}
