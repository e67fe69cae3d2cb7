package org.safeshare.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.people.NewRelationship;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.RelationshipType;
import org.safeshare.people.domain.Sex;

/** A short way to write one organisation's demo people and relationships, recorded by one of its users. */
record DemoHousehold(PeopleSetUp setUp, Organisation organisation, UUID recordedBy) {

    private static final String TOWN = "Riverside";

    boolean organisationIsSchool() {
        return organisation.type() == OrganisationType.PRIMARY_SCHOOL || organisation.type() == OrganisationType.SECONDARY_SCHOOL;
    }

    PersonId child(String given, String family, String born, Sex sex, String nhs, String upn, String street, String postcode) {
        return person(PersonKind.CHILD, given, family, LocalDate.parse(born), null, sex, nhs, upn, street, postcode);
    }

    PersonId adult(String given, String family, String born, Sex sex, String nhs, String street, String postcode) {
        return person(PersonKind.ADULT, given, family, LocalDate.parse(born), null, sex, nhs, null, street, postcode);
    }

    PersonId unborn(String family, LocalDate expected) {
        return person(PersonKind.UNBORN, null, family, null, expected, Sex.UNKNOWN, null, null, null, null);
    }

    void relate(PersonId subject, PersonId related, RelationshipType type, ParentalResponsibilityBasis basis) {
        setUp.ensureRelationship(organisation.id(), recordedBy,
                new NewRelationship(subject, related, type, basis != null, Optional.ofNullable(basis)));
    }

    private PersonId person(PersonKind kind, String given, String family, LocalDate born, LocalDate expected, Sex sex, String nhs,
            String upn, String street, String postcode) {
        String town = postcode == null ? null : postcode.startsWith("HF") ? "Hillford" : TOWN;
        return setUp.ensurePerson(organisation.id(), recordedBy, new PersonDraft(kind, given, family, born, expected, sex, nhs, upn,
                List.of(), street, null, town, postcode));
    }
}
