package org.safeshare.audit.persistence;

import java.time.Instant;
import java.util.Optional;
import org.safeshare.audit.AuditEvent;

/** An event with what the request adds: when, which request and from which address. */
public record NewEvent(AuditEvent event, Instant occurredAt, Optional<String> requestId, Optional<String> clientAddress) {}
