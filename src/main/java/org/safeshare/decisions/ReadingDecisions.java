package org.safeshare.decisions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.ViewAudit;
import org.safeshare.decisions.persistence.DecisionRepository;
import org.safeshare.decisions.persistence.DecisionSummaries;
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

    /** The length of "shared with us": the newest decisions, the rest reached from the people they are about. */
    static final int SHARED_WITH_US = 100;

    private final DecisionRepository decisions;
    private final DecisionSummaries summaries;
    private final People people;
    private final Organisations organisations;
    private final ViewAudit views;

    ReadingDecisions(DecisionRepository decisions, DecisionSummaries summaries, People people, Organisations organisations,
            ViewAudit views) {
        this.decisions = decisions;
        this.summaries = summaries;
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

    /**
     * The decisions this organisation recorded about a person it holds (newest first), as the person's page lists them: the
     * current versions' columns only, in one query, read with each one touched (the same view event as {@link #forPerson}).
     */
    List<DecisionSummary> summariesFor(Actor actor, VisiblePerson person) {
        person.requireSeenBy(actor);
        List<DecisionSummary> found = summaries.recordedAbout(person.id().value(), actor.organisationId());
        views.viewed(DecisionEvents.listedSummaries(AuditEvent.of(actor, AuditAction.DECISION_VIEWED).about(person.id().value()), found));
        return found;
    }

    /**
     * The newest decisions recorded by other organisations that shared information with the actor's organisation, with
     * whom each is about: the current versions' columns only, the recorders' organisations and the people named in one
     * query each.
     */
    List<ReceivedDecision> sharedWithMyOrganisation(Actor actor) {
        DecisionEvents.requirePeopleRole(actor);
        List<DecisionSummary> listed = summaries.sharedWith(actor.organisationId(), SHARED_WITH_US);
        Map<OrganisationId, String> organisationNames = organisations.names(listed.stream()
                .map(d -> new OrganisationId(d.organisationId())).distinct().toList());
        List<DecisionSummary> found = listed.stream()
                .map(d -> d.recordedBy(organisationNames.get(new OrganisationId(d.organisationId())))).toList();
        views.viewed(DecisionEvents.listedSummaries(AuditEvent.of(actor, AuditAction.DECISION_VIEWED), found));
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
