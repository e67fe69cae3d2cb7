package org.safeshare.exchange;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.exchange.domain.Urgency;
import org.safeshare.people.PersonIdentity;

/**
 * One line of an inbox or outbox: one addressed organisation's part of a request, with the other side's name, whom it
 * is about, its urgency, deadline and status. {@code overdue} is judged at the time the list was read.
 */
public record RequestRow(RequestId requestId, UUID partId, UUID otherOrganisationId, String otherOrganisationName,
        Optional<PersonIdentity> subject, Urgency urgency, Instant sentAt, Instant dueAt, RequestStatus status, boolean overdue) {
}
