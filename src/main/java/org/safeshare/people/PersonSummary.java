package org.safeshare.people;

import org.safeshare.people.domain.Person;

/** A person as a search result or possible match shows them. */
public record PersonSummary(PersonId id, Person person) {}
