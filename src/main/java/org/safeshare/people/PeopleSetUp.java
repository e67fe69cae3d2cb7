package org.safeshare.people;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonRules;
import org.safeshare.people.domain.RelationshipRules;
import org.safeshare.people.persistence.PersonRepository;
import org.safeshare.people.persistence.Recorder;
import org.safeshare.people.persistence.RelationshipRepository;
import org.safeshare.people.persistence.StoredPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records people and relationships on a deployment's behalf (demo data, migrations from another
 * system), idempotently and under the same rules as {@link People}. Never for anything a user typed.
 */
@Service
@Transactional
public class PeopleSetUp {

    private final People people;
    private final PersonRepository persons;
    private final RelationshipRepository relationships;

    PeopleSetUp(People people, PersonRepository persons, RelationshipRepository relationships) {
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
            return id;
        });
    }

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
        relationships.insert(new RelationshipId(UUID.randomUUID()), organisation.value(), proposed, new Recorder(recordedByUser, false));
    }

    private Optional<PersonId> existing(OrganisationId organisation, PersonDraft draft) {
        if (draft.nhsNumber() != null && !draft.nhsNumber().isBlank()) {
            NhsNumber nhs = NhsNumber.parse(draft.nhsNumber()).accepted().orElseThrow();
            return persons.withNhsNumber(organisation.value(), nhs).stream().findFirst().map(PersonSummary::id);
        }
        return persons.named(organisation.value(), draft.kind(), draft.givenName(), draft.familyName());
    }
}
