package org.safeshare.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.decisions.SharingFacts.SubjectKind;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.people.PersonIdentity;

/**
 * A request as the reader may see it: the requester sees every addressed organisation's part, an addressed
 * organisation only its own. {@code subject} names the person (name, date of birth, NHS number) so the receiving
 * organisation can find its own records.
 */
public record InformationRequest(RequestId id, UUID requestingOrganisationId, String requestingOrganisationName, UUID requestedBy,
        String requestedByName, UUID personId, Optional<PersonIdentity> subject, SubjectKind subjectKind, Optional<Integer> subjectAgeYears,
        PurposeCategory purposeCategory, String purpose, String lawfulBasis, boolean fromPublicAuthority, boolean statesPublicTask,
        Urgency urgency, Instant sentAt, List<String> questions, List<RequestPart> parts) {

    public InformationRequest {
        questions = List.copyOf(questions);
        parts = List.copyOf(parts);
    }

    /** Whether the reader is on the requesting side (and sees every part). */
    public boolean sentBy(UUID organisation) {
        return requestingOrganisationId.equals(organisation);
    }

    /** The reader's own organisation's part, when it was asked. */
    public Optional<RequestPart> partOf(UUID organisation) {
        return parts.stream().filter(p -> p.organisationId().equals(organisation)).findFirst();
    }
}
