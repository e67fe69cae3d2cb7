package org.safeshare.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.platform.security.Actor;

/**
 * One thing to record: who (an actor, or nobody for a sign-in with an unknown email), what, about whom,
 * which records, why (a purpose-of-use code the user chose, never free text about a person) and whether
 * it was done. Time, request id and client address are added by {@link Audit}. An event with no actor names the
 * organisation it was for: a service job's ({@code service}, the partnership's log) or a set-up's ({@code setUpFor},
 * the service log).
 */
public record AuditEvent(Optional<Actor> actor, AuditAction action, Outcome outcome, Optional<UUID> person,
        List<RecordRef> touched, Optional<String> purpose, Optional<OnBehalfOf> service, Optional<AuditDetail> detail,
        Optional<UUID> setUpFor) {

    public AuditEvent {
        Objects.requireNonNull(action);
        Objects.requireNonNull(outcome);
        touched = List.copyOf(touched);
        Objects.requireNonNull(service);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(setUpFor);
    }

    public AuditEvent(Optional<Actor> actor, AuditAction action, Outcome outcome, Optional<UUID> person, List<RecordRef> touched,
            Optional<String> purpose, Optional<OnBehalfOf> service, Optional<AuditDetail> detail) {
        this(actor, action, outcome, person, touched, purpose, service, detail, Optional.empty());
    }

    public AuditEvent(Optional<Actor> actor, AuditAction action, Outcome outcome, Optional<UUID> person, List<RecordRef> touched,
            Optional<String> purpose, Optional<OnBehalfOf> service) {
        this(actor, action, outcome, person, touched, purpose, service, Optional.empty());
    }

    public AuditEvent(Optional<Actor> actor, AuditAction action, Outcome outcome, Optional<UUID> person, List<RecordRef> touched,
            Optional<String> purpose) {
        this(actor, action, outcome, person, touched, purpose, Optional.empty());
    }

    /** The partnership and organisation a job of the service itself acted for: the event goes to that partnership's log. */
    public record OnBehalfOf(UUID partnershipId, UUID organisationId) {}

    /**
     * An action the service's own scheduled job took for an organisation (such as escalating an overdue information request
     * to its DSLs): no one signed in did it, yet the partnership's auditors must see it, so it belongs to that
     * partnership's log and names the organisation, with no actor.
     */
    public static AuditEvent byService(AuditAction action, UUID partnershipId, UUID organisationId) {
        return new AuditEvent(Optional.empty(), action, Outcome.DONE, Optional.empty(), List.of(), Optional.empty(),
                Optional.of(new OnBehalfOf(partnershipId, organisationId)));
    }

    public static AuditEvent of(Actor actor, AuditAction action) {
        return new AuditEvent(Optional.of(actor), action, Outcome.DONE, Optional.empty(), List.of(), Optional.empty());
    }

    /** An attempt by someone not identified, such as a sign-in with an email no account has (never record the email). */
    public static AuditEvent anonymous(AuditAction action) {
        return new AuditEvent(Optional.empty(), action, Outcome.REFUSED, Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * A set-up operation done by the deployment itself (demo seeding, a migration from another system), not by anyone
     * signed in: no actor, so it is kept in the service log (docs/adr/0009, 0014).
     */
    public static AuditEvent bySetUp(AuditAction action, RecordRef record) {
        return new AuditEvent(Optional.empty(), action, Outcome.DONE, Optional.empty(), List.of(record), Optional.empty());
    }

    /**
     * A set-up operation that made a record of this organisation: still no actor and still the service log, but the
     * event names the organisation, so that its auditor and its partnership's auditors find it in their search
     * (docs/adr/0027). Stored as the event's organisation, which the tamper-evident log covers.
     */
    public static AuditEvent bySetUp(AuditAction action, RecordRef record, UUID organisationId) {
        return new AuditEvent(Optional.empty(), action, Outcome.DONE, Optional.empty(), List.of(record), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(organisationId));
    }

    public AuditEvent about(UUID personId) {
        return new AuditEvent(actor, action, outcome, Optional.of(personId), withTouched(RecordRef.person(personId)), purpose, service,
                detail, setUpFor);
    }

    public AuditEvent touching(RecordRef record) {
        return new AuditEvent(actor, action, outcome, person, withTouched(record), purpose, service, detail, setUpFor);
    }

    public AuditEvent purpose(String code) {
        return new AuditEvent(actor, action, outcome, person, touched, Optional.of(code), service, detail, setUpFor);
    }

    public AuditEvent refused() {
        return new AuditEvent(actor, action, Outcome.REFUSED, person, touched, purpose, service, detail, setUpFor);
    }

    /** The same event with what it did in detail (a role granted, for example), covered by the tamper-evident log. */
    public AuditEvent detail(AuditDetail what) {
        return new AuditEvent(actor, action, outcome, person, touched, purpose, service, Optional.of(what), setUpFor);
    }

    private List<RecordRef> withTouched(RecordRef record) {
        List<RecordRef> all = new ArrayList<>(touched);
        if (!all.contains(record)) {
            all.add(record);
        }
        return all;
    }
}
