package org.safeshare.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one rule for reads of a person's data (UK GDPR Art. 5(2), Caldicott principle 7): every page or endpoint
 * request that reads it writes exactly one view event, listing every record the request read; a request that changes
 * something writes its change event and no view; a read by id that is refused (another organisation's record, or
 * none) writes a REFUSED event. Guarded reads report here; within a request the events are gathered and written once,
 * before the page or response body is written ({@code audit.web.ViewAuditing}); outside a request, at once.
 */
@Service
public class ViewAudit {

    private static final String PENDING = ViewAudit.class.getName() + ".pending";
    private static final String CHANGED = ViewAudit.class.getName() + ".changed";

    private final Audit audit;
    /** Its own transaction: a read may run in a read-only one, and a refused read's transaction rolls back. */
    private final TransactionTemplate ownTransaction;

    ViewAudit(Audit audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A read of these records: part of the request's one view event. */
    public void viewed(AuditEvent view) {
        pending().ifPresentOrElse(events -> events.add(view), () -> ownTransaction.executeWithoutResult(t -> audit.record(view)));
    }

    /** A read by id refused: recorded although the read fails, so outside the failing read's transaction. */
    public void refused(AuditEvent attempt) {
        AuditEvent refused = attempt.refused();
        pending().ifPresentOrElse(events -> events.add(refused), () -> ownTransaction.executeWithoutResult(t -> audit.record(refused)));
    }

    /** Called by {@link Audit} for every event that is not a view: the request changed something, so its reads are no view. */
    static void changed() {
        Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .ifPresent(r -> r.setAttribute(CHANGED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST));
    }

    /** Starts gathering for a request. */
    public static void begin() {
        Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .ifPresent(r -> r.setAttribute(PENDING, new ArrayList<AuditEvent>(), RequestAttributes.SCOPE_REQUEST));
    }

    /** Writes what the request gathered (its one view, its refusals), once; later calls in the request write what is new. */
    public void flush() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        List<AuditEvent> events = pending().orElse(List.of());
        if (request == null || events.isEmpty()) {
            return;
        }
        boolean changed = request.getAttribute(CHANGED, RequestAttributes.SCOPE_REQUEST) != null;
        List<AuditEvent> gathered = List.copyOf(events);
        events.clear();
        List<AuditEvent> toWrite = new ArrayList<>();
        merged(gathered.stream().filter(e -> e.outcome() == Outcome.REFUSED).toList()).ifPresent(toWrite::add);
        if (!changed) {
            merged(gathered.stream().filter(e -> e.outcome() == Outcome.DONE).toList()).ifPresent(toWrite::add);
        }
        if (!toWrite.isEmpty()) {
            ownTransaction.executeWithoutResult(t -> toWrite.forEach(audit::record));
        }
    }

    /** One event: the first read's actor, action, person and purpose, and every record any of them read. */
    static Optional<AuditEvent> merged(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        AuditEvent first = events.getFirst();
        Set<RecordRef> touched = new LinkedHashSet<>();
        events.forEach(e -> touched.addAll(e.touched()));
        Optional<java.util.UUID> person = events.stream().flatMap(e -> e.person().stream()).findFirst();
        Optional<String> purpose = events.stream().flatMap(e -> e.purpose().stream()).findFirst();
        return Optional.of(new AuditEvent(first.actor(), first.action(), first.outcome(), person, List.copyOf(touched), purpose));
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<AuditEvent>> pending() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .map(r -> (List<AuditEvent>) r.getAttribute(PENDING, RequestAttributes.SCOPE_REQUEST));
    }
}
