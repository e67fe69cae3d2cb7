package org.safeshare.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accounts read API other modules use to name a practitioner: who works with people's records at an organisation. */
@SafeshareTest
class PractitionersTest {

    @Autowired Practitioners practitioners;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private OrganisationId organisation(String name) {
        return new OrganisationId(jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single());
    }

    @Test
    void anOrganisationsPractitionersAreItsEnabledUsersWhoWorkWithPeoplesRecords() {
        OrganisationId oakfield = organisation("Oakfield Primary School");
        var found = practitioners.practitionersOf(List.of(oakfield)).get(oakfield);
        UUID dsl = signedIn.actor("dsl@oakfield-primary.example").id();
        UUID admin = signedIn.actor("admin@oakfield-primary.example").id();
        assertThat(found).extracting(p -> p.id().value()).contains(dsl).doesNotContain(admin);
        assertThat(found).extracting(Practitioner::name).isSorted();
    }

    @Test
    void aUserWorksAtTheirOwnOrganisationOnlyAndAnAdministratorIsNoPractitioner() {
        OrganisationId oakfield = organisation("Oakfield Primary School");
        OrganisationId surgery = organisation("Brook Lane Surgery");
        UserId dsl = new UserId(signedIn.actor("dsl@oakfield-primary.example").id());
        assertThat(practitioners.worksAt(dsl, oakfield)).isTrue();
        assertThat(practitioners.worksAt(dsl, surgery)).isFalse();
        assertThat(practitioners.worksAt(new UserId(signedIn.actor("admin@oakfield-primary.example").id()), oakfield)).isFalse();
        assertThat(practitioners.worksAt(new UserId(UUID.randomUUID()), oakfield)).isFalse();
    }
}
