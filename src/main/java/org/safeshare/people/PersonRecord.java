package org.safeshare.people;

import java.util.List;
import org.safeshare.people.domain.OtherName;
import org.safeshare.people.domain.Person;

/** Everything one organisation holds about a person: details, other names, addresses and network. */
public record PersonRecord(PersonId id, Person person, List<OtherName> otherNames, List<KnownAddress> addresses,
        List<Relation> relations) {

    public PersonRecord {
        otherNames = List.copyOf(otherNames);
        addresses = List.copyOf(addresses);
        relations = List.copyOf(relations);
    }
}
