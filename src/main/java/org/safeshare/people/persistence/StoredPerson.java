package org.safeshare.people.persistence;

import java.util.UUID;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.Person;

/** A person with the organisation whose record it is, so access can be checked before anything is shown. */
public record StoredPerson(PersonId id, UUID organisationId, Person person) {}
