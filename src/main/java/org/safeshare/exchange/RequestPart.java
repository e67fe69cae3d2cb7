package org.safeshare.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.exchange.domain.Urgency;

/**
 * One addressed organisation's part of a request: its deadline, where it stands and, once answered, the answer items
 * or the reasons it was declined, with the decision record the answer was made through.
 */
public record RequestPart(UUID id, UUID organisationId, String organisationName, Optional<UUID> namedUserId, Optional<UUID> teamId, Urgency urgency,
        Instant dueAt, RequestStatus status, Optional<Instant> escalatedAt, Optional<Instant> respondedAt,
        Optional<String> respondedByName, Optional<UUID> decisionId, Optional<String> declineReasons, List<AnswerItem> answers,
        Optional<UUID> disclosureId) {

    public RequestPart {
        answers = List.copyOf(answers);
    }

    public boolean open() {
        return status == RequestStatus.OPEN;
    }

    public boolean overdueAt(Instant now) {
        return open() && dueAt.isBefore(now);
    }

    RequestPart named(String name) {
        return new RequestPart(id, organisationId, name, namedUserId, teamId, urgency, dueAt, status, escalatedAt, respondedAt, respondedByName,
                decisionId, declineReasons, answers, disclosureId);
    }
}
