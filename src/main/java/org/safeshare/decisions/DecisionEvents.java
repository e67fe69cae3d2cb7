package org.safeshare.decisions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;

/** The audit events of decision records, and the role every use of them needs. */
final class DecisionEvents {

    private DecisionEvents() {}

    static AuditEvent of(Actor actor, AuditAction action, DecisionId id, Optional<UUID> person) {
        AuditEvent event = AuditEvent.of(actor, action).touching(RecordRef.decision(id.value()));
        return person.map(event::about).orElse(event);
    }

    /** One event for a list: every decision on it touched, and every person they are about. */
    static AuditEvent listed(AuditEvent event, List<DecisionRecord> records) {
        AuditEvent listed = event;
        for (DecisionRecord record : records) {
            listed = listed.touching(RecordRef.decision(record.id().value()));
            if (record.personId().isPresent()) {
                listed = listed.touching(RecordRef.person(record.personId().get()));
            }
        }
        return listed;
    }

    /** One event for a list of summaries: the same event as for the records they summarise. */
    static AuditEvent listedSummaries(AuditEvent event, List<DecisionSummary> summaries) {
        AuditEvent listed = event;
        for (DecisionSummary summary : summaries) {
            listed = listed.touching(RecordRef.decision(summary.id().value()));
            if (summary.personId().isPresent()) {
                listed = listed.touching(RecordRef.person(summary.personId().get()));
            }
        }
        return listed;
    }

    /** Decision records are for people-role users only; to anyone else they are "not found". */
    static void requirePeopleRole(Actor actor) {
        if (!actor.worksWithPeople()) {
            throw new NotFoundException("Decision");
        }
    }
}
