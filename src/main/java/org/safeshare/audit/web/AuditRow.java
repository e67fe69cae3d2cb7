package org.safeshare.audit.web;

import java.util.Map;
import java.util.UUID;
import org.safeshare.audit.AuditEntry;

/** An event as a table row: organisation by name where it is in the partnership, everything else by id. */
record AuditRow(String when, String action, String outcome, String actor, String organisation, String person, String touched,
        String purpose, String requestId) {

    static AuditRow of(AuditEntry e, Map<UUID, String> organisationNames) {
        String actor = e.actorId() == null ? "Not identified" : (e.actorKind().equals("API_CLIENT") ? "Partner system " : "User ")
                + e.actorId();
        String organisation = e.organisationId() == null ? "" : organisationNames.getOrDefault(e.organisationId(), e.organisationId().toString());
        return new AuditRow(AuditPages.shown(e.occurredAt()), e.action().label(), e.outcome() == org.safeshare.audit.Outcome.DONE
                ? "Done" : "Refused", actor, organisation, e.personId() == null ? "" : e.personId().toString(),
                e.touched() == null ? "" : e.touched(), e.purpose() == null ? "" : e.purpose(), e.requestId() == null ? "" : e.requestId());
    }
}
