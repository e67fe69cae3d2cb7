package org.safeshare.audit.web;

import java.util.Map;
import java.util.UUID;
import org.safeshare.audit.AuditEntry;

/** An event as a table row: organisation by name where it is in the partnership, everything else by id. */
record AuditRow(String when, String action, String outcome, String actor, String organisation, String person, String touched,
        String purpose, String requestId) {

    static AuditRow of(AuditEntry e, Map<UUID, String> organisationNames) {
        String actor = switch (e.doneBy()) {
            case USER -> "User " + e.actorId();
            case API_CLIENT -> "Partner system " + e.actorId();
            case SERVICE -> "The service (a scheduled job, no person)";
            case SET_UP -> "By set-up (the deployment, no person)";
            case NOT_IDENTIFIED -> "Not identified";
        };
        String organisation = e.organisationId() == null ? "" : organisationNames.getOrDefault(e.organisationId(), e.organisationId().toString());
        return new AuditRow(AuditPages.shown(e.occurredAt()), e.action().label(), e.outcome() == org.safeshare.audit.Outcome.DONE
                ? "Done" : "Refused", actor, organisation, e.personId() == null ? "" : e.personId().toString(),
                e.touched() == null ? "" : e.touched(), e.purpose() == null ? "" : e.purpose(), e.requestId() == null ? "" : e.requestId());
    }
}
