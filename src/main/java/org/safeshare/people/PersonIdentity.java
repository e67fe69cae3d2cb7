package org.safeshare.people;

import java.time.LocalDate;
import java.util.Optional;
import org.safeshare.people.domain.NhsNumber;
import org.safeshare.people.domain.Person;

/**
 * Enough to know which child a record is about, and no more: the name, date of birth (or expected date) and the NHS
 * number, the consistent identifier of Children Act 2004 s16LC. What a receiving organisation sees of a person.
 */
public record PersonIdentity(PersonId id, String name, Optional<LocalDate> dateOfBirth, Optional<LocalDate> expectedDateOfDelivery,
        Optional<NhsNumber> nhsNumber) {

    static PersonIdentity of(PersonId id, Person person) {
        return new PersonIdentity(id, person.displayName(), person.dateOfBirth(), person.expectedDateOfDelivery(), person.nhsNumber());
    }
}
