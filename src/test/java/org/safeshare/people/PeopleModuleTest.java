package org.safeshare.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.people.domain.OtherName;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.RelationshipType;
import org.safeshare.people.domain.Sex;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SafeshareTest
class PeopleModuleTest {

    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private Actor dsl() {
        return signedIn.actor("dsl@oakfield-primary.example");
    }

    static PersonDraft child(String given, String family) {
        return new PersonDraft(PersonKind.CHILD, given, family, LocalDate.of(2016, 2, 29), null, Sex.MALE, null, null,
                List.of(new OtherName(OtherName.Kind.FORMER, given, family + "-Former")), "1 Test Street", null, "Riverside", "rv1 2ab");
    }

    private PersonId register(Actor actor, PersonDraft draft) {
        return ((Registration.Registered) people.register(actor, draft)).personId();
    }

    @Test
    void aRegisteredChildIsFoundByNamePartOtherNameAndDateOfBirthAndCanBeViewed() {
        String family = "Quennell" + UUID.randomUUID().toString().substring(0, 6);
        PersonId id = register(dsl(), child("Elliot", family));

        assertThat(people.search(dsl(), PersonSearch.of("elliot " + family.substring(0, 8).toUpperCase())))
                .extracting(PersonSummary::id).containsExactly(id);
        assertThat(people.search(dsl(), PersonSearch.of(family + "-former"))).extracting(PersonSummary::id).containsExactly(id);
        assertThat(people.search(dsl(), PersonSearch.of("29/2/2016"))).extracting(PersonSummary::id).contains(id);
        PersonRecord record = people.view(dsl(), id);
        assertThat(record.person().displayName()).isEqualTo("Elliot " + family);
        assertThat(record.addresses()).singleElement().satisfies(a -> assertThat(a.address().postcode().value()).isEqualTo("RV1 2AB"));
        assertThat(record.otherNames()).hasSize(1);
    }

    @Test
    void aSearchByNhsNumberIgnoresSpaces() {
        Actor dsl = dsl();
        List<PersonSummary> found = people.search(dsl, PersonSearch.of("999 000 0018"));
        assertThat(found).extracting(p -> p.person().displayName()).containsExactly("Ava Thompson");
    }

    @Test
    void aRefusedRegistrationWritesNothing() {
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        PersonDraft badNhs = new PersonDraft(PersonKind.CHILD, "Nobody", "Saved", LocalDate.of(2016, 1, 1), null, Sex.FEMALE,
                "9434765918", null, List.of(), null, null, null, null);

        Registration result = people.register(dsl(), badNhs);

        assertThat(result).isInstanceOfSatisfying(Registration.Refused.class,
                r -> assertThat(r.problems()).containsOnlyKeys("nhsNumber"));
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRelationshipShowsOnBothPeoplesRecordsWithWhoHoldsParentalResponsibility() {
        String family = "Ashdown" + UUID.randomUUID().toString().substring(0, 6);
        PersonId child = register(dsl(), child("Rosa", family));
        PersonId mother = register(dsl(), new PersonDraft(PersonKind.ADULT, "Maria", family, LocalDate.of(1990, 5, 1), null,
                Sex.FEMALE, null, null, List.of(), null, null, null, null));

        RelationshipChange added = people.addRelationship(dsl(), new NewRelationship(child, mother, RelationshipType.PARENT, true,
                Optional.of(ParentalResponsibilityBasis.BIRTH_MOTHER)));

        assertThat(added).isInstanceOf(RelationshipChange.Added.class);
        assertThat(people.view(dsl(), child).relations()).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo("Parent");
            assertThat(r.otherHoldsResponsibility()).isTrue();
        });
        assertThat(people.view(dsl(), mother).relations()).singleElement().satisfies(r -> {
            assertThat(r.description()).isEqualTo("Child");
            assertThat(r.otherHoldsResponsibility()).isFalse();
        });
    }

    @Test
    void aRefusedRelationshipWritesNothing() {
        PersonId child = register(dsl(), child("Sol", "Refused" + UUID.randomUUID().toString().substring(0, 6)));
        long before = jdbc.sql("select count(*) from relationship").query(Long.class).single();

        RelationshipChange refused = people.addRelationship(dsl(), new NewRelationship(child, child, RelationshipType.SIBLING, true,
                Optional.empty()));

        assertThat(refused).isInstanceOfSatisfying(RelationshipChange.Refused.class,
                r -> assertThat(r.problems()).containsKeys("relatedPersonId", "parentalResponsibility", "basis"));
        assertThat(jdbc.sql("select count(*) from relationship").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void someoneFromAnotherOrganisationCannotBeLinkedAndIsRefusedAsUnknown() {
        PersonId child = register(dsl(), child("Ivo", "Linked" + UUID.randomUUID().toString().substring(0, 6)));
        PersonId elsewhere = register(signedIn.actor("gp@brook-lane.example"), child("Ivo", "Elsewhere"));

        RelationshipChange refused = people.addRelationship(dsl(), new NewRelationship(child, elsewhere, RelationshipType.SIBLING,
                false, Optional.empty()));

        assertThat(refused).isEqualTo(new RelationshipChange.Refused(java.util.Map.of("relatedPersonId",
                "Select the person they are related to")));
    }

    @Test
    void possibleMatchesFindTheSameNhsNumberOrTheSameNameAndDateOfBirth() {
        PersonDraft ava = new PersonDraft(PersonKind.CHILD, "ava", "THOMPSON", LocalDate.of(2015, 3, 27), null, Sex.FEMALE, null, null,
                List.of(), null, null, null, null);
        assertThat(people.possibleMatches(dsl(), ava)).extracting(p -> p.person().displayName()).containsExactly("Ava Thompson");
    }

    @Test
    void anAdministratorWithoutAPeopleRoleFindsNothingAtAll() {
        Actor admin = signedIn.actor("admin@oakfield-primary.example");
        assertThatThrownBy(() -> people.search(admin, PersonSearch.of("Ava"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people.register(admin, child("Any", "One"))).isInstanceOf(NotFoundException.class);
    }
}
