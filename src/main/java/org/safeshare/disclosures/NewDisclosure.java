package org.safeshare.disclosures;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.disclosures.domain.DisclosureDraft;
import org.safeshare.people.PersonId;

/**
 * A disclosure to send about a person the sender's organisation holds; {@code requestId} is the information request it
 * answers, if any, opaque to this module (the exchange module's id), handed back in {@link DisclosureSent}.
 */
public record NewDisclosure(PersonId person, DisclosureDraft draft, Optional<UUID> requestId) {
    public NewDisclosure {
        Objects.requireNonNull(person);
        Objects.requireNonNull(draft);
        Objects.requireNonNull(requestId);
    }
}
