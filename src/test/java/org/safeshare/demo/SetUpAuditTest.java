package org.safeshare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.NewUser;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.organisations.Organisation;
import org.safeshare.organisations.OrganisationType;
import org.safeshare.organisations.Partnership;
import org.safeshare.organisations.setup.OrganisationsSetUp;
import org.safeshare.people.NewRelationship;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.ParentalResponsibilityBasis;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.RelationshipType;
import org.safeshare.people.domain.Sex;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every record set-up makes is audited as set-up, once: asking again for what exists changes nothing and records nothing. */
@SafeshareTest
class SetUpAuditTest {

    @Autowired OrganisationsSetUp organisations;
    @Autowired AccountsSetUp accounts;
    @Autowired PeopleSetUp people;
    @Autowired JdbcClient jdbc;

    @Test
    void eachRecordSetUpMakesIsAuditedOnceAsSetUp() {
        String name = "Set-up " + UUID.randomUUID();
        Partnership partnership = organisations.partnership(name);
        Organisation school = organisations.organisation(partnership.id(), Optional.empty(), OrganisationType.PRIMARY_SCHOOL, name,
                List.of(), List.of());
        organisations.organisation(partnership.id(), Optional.empty(), OrganisationType.PRIMARY_SCHOOL, name, List.of(), List.of());
        NewUser newUser = new NewUser(UUID.randomUUID() + "@set-up.example", "Set Up", Set.of(Role.PRACTITIONER), "Set-up-password-2026");
        UUID user = ((AccountChange.Done) accounts.user(school.id(), newUser)).user().id().value();
        accounts.user(school.id(), newUser);
        String token = "set-up-" + UUID.randomUUID();
        accounts.apiClient(school.id(), name, token);
        accounts.apiClient(school.id(), name, token);
        PersonId child = people.ensurePerson(school.id(), user, draft(PersonKind.CHILD, "Ada", LocalDate.of(2018, 3, 1)));
        PersonId mother = people.ensurePerson(school.id(), user, draft(PersonKind.ADULT, "Grace", LocalDate.of(1990, 5, 2)));
        people.ensurePerson(school.id(), user, draft(PersonKind.CHILD, "Ada", LocalDate.of(2018, 3, 1)));
        NewRelationship parent = new NewRelationship(child, mother, RelationshipType.PARENT, true,
                Optional.of(ParentalResponsibilityBasis.BIRTH_MOTHER));
        people.ensureRelationship(school.id(), user, parent);
        people.ensureRelationship(school.id(), user, parent);

        assertThat(setUpEvents("PARTNERSHIP_SET_UP", "PARTNERSHIP:" + partnership.id().value())).isEqualTo(1);
        assertThat(setUpEvents("ORGANISATION_SET_UP", "ORGANISATION:" + school.id().value())).isEqualTo(1);
        assertThat(setUpEvents("USER_SET_UP", "USER:" + user)).isEqualTo(1);
        assertThat(setUpEvents("PERSON_SET_UP", "PERSON:" + child.value())).isEqualTo(1);
        assertThat(setUpEvents("RELATIONSHIP_SET_UP", "PERSON:" + mother.value())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event e join api_client c on e.touched = 'API_CLIENT:' || c.id"
                + " where e.action = 'API_CLIENT_SET_UP' and c.name = ?").param(name).query(Integer.class).single()).isEqualTo(1);
    }

    private int setUpEvents(String action, String touched) {
        return jdbc.sql("select count(*) from audit_event where action = ? and actor_id is null and outcome = 'DONE' and touched like ?")
                .params(action, "%" + touched + "%").query(Integer.class).single();
    }

    private static PersonDraft draft(PersonKind kind, String given, LocalDate born) {
        return new PersonDraft(kind, given, "Setup", born, null, Sex.FEMALE, null, null, List.of(), "1 Set-up Row", null, "Riverside",
                "RV1 1AA");
    }
}
