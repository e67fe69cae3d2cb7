package org.safeshare.people.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as one organisation records them. A child or adult has a date of birth; an unborn baby
 * has an expected date of delivery instead and may not have a name yet.
 */
public record Person(PersonKind kind, PersonName name, Optional<LocalDate> dateOfBirth,
        Optional<LocalDate> expectedDateOfDelivery, Sex sex, Optional<NhsNumber> nhsNumber,
        Optional<UniquePupilNumber> uniquePupilNumber) {

    public Person {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(sex);
        if (kind == PersonKind.UNBORN ? expectedDateOfDelivery.isEmpty() : dateOfBirth.isEmpty()) {
            throw new IllegalArgumentException("A born person needs a date of birth, an unborn baby an expected date");
        }
    }

    /** The name to show; an unborn baby without a name is described rather than left blank. */
    public String displayName() {
        if (kind == PersonKind.UNBORN) {
            return name.givenName() == null ? "Unborn baby" + (name.familyName() == null ? "" : " " + name.familyName())
                    : name.full() + " (unborn)";
        }
        return name.full();
    }

    public Optional<Integer> ageOn(LocalDate today) {
        return dateOfBirth.map(birth -> Period.between(birth, today).getYears());
    }
}
