package org.safeshare.consent.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.PersonKind;

/** The person the consent is about, as the rules need them: kind, age today, and who holds parental responsibility. */
public record Subject(String name, PersonKind kind, Integer age, List<ResponsibilityHolder> holders) {

    public Subject {
        holders = List.copyOf(holders);
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
