package org.safeshare.audit;

import java.time.Instant;
import java.util.UUID;

/** One stored event as the audit pages and the CSV export show it; ids only, as stored. */
public record AuditEntry(long id, Instant occurredAt, AuditAction action, Outcome outcome, String actorKind, UUID actorId,
        UUID organisationId, String roles, UUID personId, String touched, String purpose, String requestId,
        String clientAddress) {}
