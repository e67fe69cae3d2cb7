package org.safeshare.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.safeshare.audit.persistence.AuditRepository;
import org.safeshare.audit.persistence.NewEvent;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. {@link #record} joins the caller's transaction and refuses to run without one,
 * so an event is committed exactly when the action it records is, and a failed audit write fails the action.
 */
@Service
public class Audit {

    private final AuditRepository events;
    private final AuditAlerts alerts;
    private final Clock clock;

    Audit(AuditRepository events, AuditAlerts alerts, Clock clock) {
        this.events = events;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        Optional<HttpServletRequest> request = currentRequest();
        java.time.Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        events.insert(new NewEvent(event, at, Optional.ofNullable(MDC.get("requestId")), request.map(HttpServletRequest::getRemoteAddr)));
        alerts.raiseIfJustifiedOutsideView(event, at);
        boolean auditRead = event.action() == AuditAction.AUDIT_VIEWED || event.action() == AuditAction.AUDIT_EXPORTED;
        if (!event.action().isView() && !auditRead && event.outcome() == Outcome.DONE) {
            ViewAudit.changed();
        }
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
