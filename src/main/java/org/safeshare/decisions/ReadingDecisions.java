package org.safeshare.decisions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.decisions.persistence.DecisionRepository;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.organisations.Organisations;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonIdentity;
import org.safeshare.people.VisiblePerson;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Reading decision records, through {@link Decisions} (which holds the transactions): a record is visible to people-role
 * users of the organisation that recorded it and of any organisation it was shared with; to anyone else it is
 * "not found". Every read is audited (ViewAudit).
 */
@Component
class ReadingDecisions {

    private final DecisionRepository decisions;
    private final People people;
    private final Organisations organisations;
    private final ViewAudit views;

    ReadingDecisions(DecisionRepository decisions, People people, Organisations organisations, ViewAudit views) {
        this.decisions = decisions;
        this.people = people;
        this.organisations = organisations;
        this.views = views;
    }

    /** A read of the record: one view event for the request, or none when the request corrects it (ViewAudit). */
    DecisionRecord view(Actor actor, DecisionId id) {
        Optional<DecisionRecord> found = readable(actor, id);
        if (found.isEmpty()) {
            views.refused(AuditEvent.of(actor, AuditAction.DECISION_VIEWED).touching(RecordRef.decision(id.value())));
            throw new NotFoundException("Decision");
        }
        views.viewed(DecisionEvents.of(actor, AuditAction.DECISION_VIEWED, id, found.get().personId()));
        return found.get();
    }

    /** The recording organisation's, or one it was shared with; read without a view event (the caller writes its own). */
    Optional<DecisionRecord> readable(Actor actor, DecisionId id) {
        DecisionEvents.requirePeopleRole(actor);
        return decisions.find(id)
                .filter(d -> d.organisationId().equals(actor.organisationId()) || decisions.sharedWith(id, actor.organisationId()))
                .map(d -> named(List.of(d)).getFirst());
    }

    /** The decisions this organisation recorded about a person it holds (newest first), in one query, read with each one touched. */
    List<DecisionRecord> forPerson(Actor actor, VisiblePerson person) {
        person.requireSeenBy(actor);
        List<DecisionRecord> found = named(decisions.forPerson(person.id().value()).stream()
                .filter(d -> d.organisationId().equals(actor.organisationId())).toList());
        views.viewed(DecisionEvents.listed(AuditEvent.of(actor, AuditAction.DECISION_VIEWED).about(person.id().value()), found));
        return found;
    }

    /** Decisions recorded by other organisations that shared information with the actor's organisation, with whom each is about. */
    List<ReceivedDecision> sharedWithMyOrganisation(Actor actor) {
        DecisionEvents.requirePeopleRole(actor);
        List<DecisionRecord> found = named(decisions.sharedWithOrganisation(actor.organisationId(), 100));
        views.viewed(DecisionEvents.listed(AuditEvent.of(actor, AuditAction.DECISION_VIEWED), found));
        Map<PersonId, PersonIdentity> named = people.identities(actor,
                found.stream().flatMap(d -> d.personId().stream()).map(PersonId::new).distinct().toList());
        return found.stream().map(d -> new ReceivedDecision(d, d.personId().map(PersonId::new).map(named::get))).toList();
    }

    /** Whom a decision the actor may read is about: its own organisation's person, or one it was told about by sharing. */
    Optional<PersonIdentity> about(Actor actor, DecisionRecord record) {
        return record.personId().map(PersonId::new).flatMap(id -> Optional.ofNullable(people.identities(actor, List.of(id)).get(id)));
    }

    /** The recording organisations' names, from the organisations module in one query. */
    private List<DecisionRecord> named(List<DecisionRecord> records) {
        Map<OrganisationId, String> names = organisations.names(records.stream().map(d -> new OrganisationId(d.organisationId()))
                .distinct().toList());
        return records.stream().map(d -> d.recordedBy(names.get(new OrganisationId(d.organisationId())))).toList();
    }
}
