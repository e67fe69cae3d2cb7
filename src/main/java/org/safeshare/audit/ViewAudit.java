package org.safeshare.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one rule for reads of a person's data (UK GDPR Art. 5(2), Caldicott principle 7): every page or endpoint
 * request that reads it writes exactly one view event, listing every record the request read; a request that changes
 * something writes its change event and no view; a read by id that is refused (another organisation's record, or
 * none) writes a REFUSED event. Guarded reads report here. Within a request the events are gathered and written once,
 * before the page or response body is written ({@code audit.web.ViewAuditing}); outside a request (a module's own
 * call) the transaction is the unit instead, written when it ends; with neither, at once.
 */
@Service
public class ViewAudit {

    private static final String REQUEST_KEY = ViewAudit.class.getName() + ".gathering";
    private static final Object TRANSACTION_KEY = new Object();

    private final Audit audit;
    /** Its own transaction: a read may run in a read-only one, and a refused read's transaction rolls back. */
    private final TransactionTemplate ownTransaction;

    ViewAudit(Audit audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What one request (or transaction) has read so far, and whether it changed anything. */
    private static final class Gathering {
        private final List<AuditEvent> events = new ArrayList<>();
        private boolean changed;
    }

    /** A read of these records: part of the request's one view event. */
    public void viewed(AuditEvent view) {
        gather(view);
    }

    /** A read by id refused: recorded although the read fails, so outside the failing read's transaction. */
    public void refused(AuditEvent attempt) {
        gather(attempt.refused());
    }

    private void gather(AuditEvent event) {
        Optional<Gathering> gathering = inRequest().or(this::inTransaction);
        if (gathering.isPresent()) {
            gathering.get().events.add(event);
        } else {
            ownTransaction.executeWithoutResult(t -> audit.record(event));
        }
    }

    /** Called by {@link Audit} for every event that is not a view: what changed something is no view. */
    static void changed() {
        inRequest().or(() -> Optional.ofNullable((Gathering) TransactionSynchronizationManager.getResource(TRANSACTION_KEY)))
                .ifPresent(g -> g.changed = true);
    }

    /** Starts gathering for a request. */
    public static void begin() {
        Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .ifPresent(r -> r.setAttribute(REQUEST_KEY, new Gathering(), RequestAttributes.SCOPE_REQUEST));
    }

    /** Writes what the request gathered (its one view, its refusals); a later call in the request writes only what is new. */
    public void flush() {
        inRequest().ifPresent(g -> write(g, true));
    }

    private void write(Gathering gathering, boolean viewsToo) {
        List<AuditEvent> gathered = List.copyOf(gathering.events);
        gathering.events.clear();
        List<AuditEvent> toWrite = new ArrayList<>();
        merged(gathered.stream().filter(e -> e.outcome() == Outcome.REFUSED).toList()).ifPresent(toWrite::add);
        if (viewsToo && !gathering.changed) {
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
        Optional<UUID> person = events.stream().flatMap(e -> e.person().stream()).findFirst();
        Optional<String> purpose = events.stream().flatMap(e -> e.purpose().stream()).findFirst();
        return Optional.of(new AuditEvent(first.actor(), first.action(), first.outcome(), person, List.copyOf(touched), purpose));
    }

    private static Optional<Gathering> inRequest() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .map(r -> r.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST))
                .filter(Gathering.class::isInstance).map(Gathering.class::cast);
    }

    /** The transaction's gathering, written when it ends: views only if it committed, refusals either way. */
    private Optional<Gathering> inTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        Gathering existing = (Gathering) TransactionSynchronizationManager.getResource(TRANSACTION_KEY);
        if (existing != null) {
            return Optional.of(existing);
        }
        Gathering gathering = new Gathering();
        TransactionSynchronizationManager.bindResource(TRANSACTION_KEY, gathering);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_KEY);
                write(gathering, status == STATUS_COMMITTED);
            }
        });
        return Optional.of(gathering);
    }
}
