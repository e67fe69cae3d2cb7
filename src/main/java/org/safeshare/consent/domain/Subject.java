package org.safeshare.consent.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.PersonKind;

/**
 * The person the consent is about, as the rules need them: kind, age today, who holds parental responsibility, and the
 * date of birth where it is known (a parent's consent ends when the child comes of age).
 */
public record Subject(String name, PersonKind kind, Integer age, List<ResponsibilityHolder> holders, LocalDate dateOfBirth) {

    public Subject {
        holders = List.copyOf(holders);
    }

    /** A subject whose date of birth is not known (or not needed). */
    public Subject(String name, PersonKind kind, Integer age, List<ResponsibilityHolder> holders) {
        this(name, kind, age, holders, null);
    }

    /** The day parental responsibility ends, at 18 (Children Act 1989 section 105: a child is a person under 18). */
    public Optional<LocalDate> eighteenthBirthday() {
        return Optional.ofNullable(dateOfBirth).map(d -> d.plusYears(18));
    }

    /** Someone on the record who holds parental responsibility for the subject, and on what basis. */
    public record ResponsibilityHolder(UUID personId, String name, ParentalResponsibilityBasis basis) {}

    public Optional<ResponsibilityHolder> holder(UUID personId) {
        return holders.stream().filter(h -> h.personId().equals(personId)).findFirst();
    }

    /** Unborn babies and children under 16 go by parental responsibility unless competent. */
    public boolean underSixteen() {
        return kind == PersonKind.UNBORN || (age != null && age < 16);
    }

    public boolean adult() {
        return kind == PersonKind.ADULT || (age != null && age >= 18);
    }
}
