package org.safeshare.audit;

import java.time.Instant;
import java.util.UUID;

/** One stored event as the audit pages and the CSV export show it; ids only, as stored. */
public record AuditEntry(long id, Instant occurredAt, AuditAction action, Outcome outcome, String actorKind, UUID actorId,
        UUID organisationId, String roles, UUID personId, String touched, String purpose, String requestId,
        String clientAddress, UUID partnershipId) {

    /** Who did it, as an auditor reads it: the stored event says so by its actor and its log (docs/adr/0009, 0014). */
    public enum DoneBy { USER, API_CLIENT, SERVICE, SET_UP, NOT_IDENTIFIED }

    public DoneBy doneBy() {
        if (actorId != null) {
            return "API_CLIENT".equals(actorKind) ? DoneBy.API_CLIENT : DoneBy.USER;
        }
        if (partnershipId != null) {
            return DoneBy.SERVICE;
        }
        // No actor and no partnership: set-up by the deployment if it was done, an unidentified attempt if refused.
        return outcome == Outcome.DONE ? DoneBy.SET_UP : DoneBy.NOT_IDENTIFIED;
    }
}
