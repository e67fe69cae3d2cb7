package org.safeshare.consent;

import java.time.LocalDate;
import org.safeshare.consent.domain.Subject;
import org.safeshare.people.PersonRecord;
import org.safeshare.people.Relation;

/** The person as the consent rules see them: age today and who holds parental responsibility on their record. */
final class Subjects {

    private Subjects() {}

    static Subject of(PersonRecord record, LocalDate today) {
        return new Subject(record.person().displayName(), record.person().kind(), ageOn(record, today),
                record.relations().stream().filter(Relation::otherHoldsResponsibility)
                        .map(r -> new Subject.ResponsibilityHolder(r.otherPersonId().value(), r.otherPersonName(), r.basis().orElse(null)))
                        .toList(), record.person().dateOfBirth().orElse(null));
    }

    static Integer ageOn(PersonRecord record, LocalDate day) {
        return record.person().ageOn(day).orElse(null);
    }
}
