package org.safeshare.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.audit.AuditSubjects;
import org.safeshare.people.persistence.PersonRepository;
import org.springframework.stereotype.Component;

/** Tells the audit pages which organisation holds a record; audit then decides who may see its trail. */
@Component
class PersonRecordsForAudit implements AuditSubjects.PersonRecords {

    private final PersonRepository people;

    PersonRecordsForAudit(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Optional<UUID> holderOf(UUID personId) {
        return people.find(new PersonId(personId)).map(p -> p.organisationId());
    }

    @Override
    public List<UUID> heldBy(UUID organisationId) {
        return people.idsHeldBy(organisationId);
    }
}
