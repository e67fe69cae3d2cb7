package org.safeshare.people.setup;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.Audit;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.NewRelationship;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonSummary;
import org.safeshare.people.RelationshipId;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonRules;
import org.safeshare.people.domain.RelationshipRules;
import org.safeshare.people.persistence.PersonRepository;
import org.safeshare.people.persistence.Recorder;
import org.safeshare.people.persistence.RelationshipRepository;
import org.safeshare.people.persistence.StoredPerson;
import org.safeshare.people.PersonRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records people and relationships on a deployment's behalf (demo data, migrations from another
 * system), idempotently and under the same rules as {@link People}. Never for anything a user typed;
 * each record made is audited as set-up.
 */
@Service
@Transactional
public class PeopleSetUp {

    private final People people;
    private final PersonRepository persons;
    private final RelationshipRepository relationships;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    PeopleSetUp(People people, PersonRepository persons, RelationshipRepository relationships, Audit audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.people = people;
        this.persons = persons;
        this.relationships = relationships;
    }

    /** The existing person with this NHS number (or, without one, this kind and name), or a new record. */
    public PersonId ensurePerson(OrganisationId organisation, UUID recordedByUser, PersonDraft draft) {
        Map<String, String> problems = PersonRules.problemsWith(draft, people.today());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Set-up person refused: " + problems.keySet());
        }
        return existing(organisation, draft).orElseGet(() -> {
            PersonId id = new PersonId(UUID.randomUUID());
            persons.insert(id, organisation.value(), PersonRules.person(draft), draft.otherNames(), PersonRules.address(draft),
                    new Recorder(recordedByUser, false));
            audit.record(AuditEvent.bySetUp(AuditAction.PERSON_SET_UP, RecordRef.person(id.value()), organisation.value())
                    .about(id.value()));
            events.publishEvent(new PersonRecorded(id, Optional.empty()));
            return id;
        });
    }

    /** Records the relationship unless it is already recorded. */
    public void ensureRelationship(OrganisationId organisation, UUID recordedByUser, NewRelationship proposed) {
        if (relationships.exists(proposed.subject(), proposed.related(), proposed.type())) {
            return;
        }
        StoredPerson subject = persons.find(proposed.subject()).filter(p -> p.organisationId().equals(organisation.value()))
                .orElseThrow();
        Map<String, String> problems = RelationshipRules.problemsWith(new RelationshipRules.Proposal(
                proposed.subject().equals(proposed.related()), subject.person().kind(), subject.person().dateOfBirth(),
                proposed.type(), proposed.parentalResponsibility(), proposed.basis()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Set-up relationship refused: " + problems.keySet());
        }
        RelationshipId id = new RelationshipId(UUID.randomUUID());
        relationships.insert(id, organisation.value(), proposed, new Recorder(recordedByUser, false));
        audit.record(AuditEvent.bySetUp(AuditAction.RELATIONSHIP_SET_UP, new RecordRef(RecordRef.Kind.RELATIONSHIP, id.value()),
                organisation.value())
                .about(proposed.subject().value()).touching(RecordRef.person(proposed.related().value())));
    }

    private Optional<PersonId> existing(OrganisationId organisation, PersonDraft draft) {
        if (draft.nhsNumber() != null && !draft.nhsNumber().isBlank()) {
            NhsNumber nhs = NhsNumber.parse(draft.nhsNumber()).accepted().orElseThrow();
            return persons.withNhsNumber(organisation.value(), nhs).stream().findFirst().map(PersonSummary::id);
        }
        return persons.named(organisation.value(), draft.kind(), draft.givenName(), draft.familyName());
    }
}
