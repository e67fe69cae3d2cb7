package org.safeshare.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.PersonSearch;
import org.safeshare.people.Registration;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Former, alternative and preferred names: recorded on the person's page, found by search, guarded like the record. */
@SafeshareTest
class OtherNamePagesTest {

    private static final String DSL = "dsl@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    private PersonId newChild(String familyName) {
        Registration registration = people.register(signedIn.actor(DSL), new PersonDraft(PersonKind.CHILD, "Robin", familyName,
                LocalDate.of(2016, 6, 1), null, Sex.UNKNOWN, null, null, List.of(), null, null, null, null));
        return ((Registration.Registered) registration).personId();
    }

    private long otherNames(PersonId id) {
        return jdbc.sql("select count(*) from person_other_name where person_id = ?").param(id.value()).query(Long.class).single();
    }

    @Test
    void aFormerNameIsRecordedAndSearchingByItFindsThePerson() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PersonId robin = newChild("Current" + suffix);
        mvc.perform(get("/people/" + robin + "/names/new").with(signedIn.as(DSL))).andExpect(status().isOk());
        mvc.perform(post("/people/" + robin + "/names/new").with(signedIn.as(DSL)).with(csrf())
                        .param("kind", "FORMER").param("familyName", "Former" + suffix))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + robin).with(signedIn.as(DSL)))
                .andExpect(content().string(containsString("Former" + suffix + " (Former name)")));
        assertThat(people.search(signedIn.actor(DSL), PersonSearch.of("Former" + suffix))).extracting(p -> p.id()).containsExactly(robin);
    }

    @Test
    void aNameWithoutAKindOrFamilyNameIsRefusedAndNothingIsSaved() throws Exception {
        PersonId robin = newChild("Refused" + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(post("/people/" + robin + "/names/new").with(signedIn.as(DSL)).with(csrf())
                        .param("givenName", "x".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select what kind of name this is")))
                .andExpect(content().string(containsString("Given name must be 100 characters or fewer")))
                .andExpect(content().string(containsString("Enter family name")));
        assertThat(otherNames(robin)).isZero();
    }

    @Test
    void anotherOrganisationCannotSeeOrAddNames() throws Exception {
        PersonId robin = newChild("Guarded" + UUID.randomUUID().toString().substring(0, 8));
        for (String outsider : new String[] {"gp@brook-lane.example", "dsl@hillford-primary.example"}) {
            mvc.perform(get("/people/" + robin + "/names/new").with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/people/" + robin + "/names/new").with(signedIn.as(outsider)).with(csrf())
                    .param("kind", "ALTERNATIVE").param("familyName", "Sneaky")).andExpect(status().isNotFound());
        }
        assertThat(otherNames(robin)).isZero();
    }
}
