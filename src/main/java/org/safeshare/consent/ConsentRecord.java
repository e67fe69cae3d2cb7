package org.safeshare.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.consent.domain.ConsentHistory;
import org.safeshare.people.PersonId;

/** A consent or refusal with its whole history, oldest version first, and its withdrawal if any. */
public record ConsentRecord(ConsentId id, UUID organisationId, PersonId personId, List<ConsentVersion> versions,
        Optional<RecordedWithdrawal> withdrawal) {

    public ConsentRecord {
        versions = List.copyOf(versions);
    }

    public ConsentVersion current() {
        return versions.getLast();
    }

    /** As the rules read it: the current terms, when first recorded, and the withdrawal. */
    public ConsentHistory history() {
        return new ConsentHistory(id.value(), current().terms(), versions.getFirst().recordedAt(),
                withdrawal.map(RecordedWithdrawal::withdrawal));
    }
}
