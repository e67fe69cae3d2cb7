package org.safeshare.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Nobody outside Oakfield, and nobody at Oakfield without a people role, can see or even detect an Oakfield child. */
@SafeshareTest
class PeopleAccessTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private String oakfieldAva() {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gp@brook-lane.example", "dsl@hillford-primary.example", "admin@oakfield-primary.example",
            "auditor@riverside-csc.example"})
    void anOakfieldChildsPagesAreNotFoundForAnyoneWithoutTheRightToThem(String email) throws Exception {
        String ava = oakfieldAva();
        mvc.perform(get("/people/" + ava).with(signedIn.as(email))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Thompson"))));
        mvc.perform(get("/people/" + ava + "/relationships/new").with(signedIn.as(email))).andExpect(status().isNotFound());
        mvc.perform(post("/people/" + ava + "/relationships/new").with(signedIn.as(email)).with(csrf())
                .param("relatedPersonId", ava).param("type", "SIBLING").param("parentalResponsibility", "no"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        String dsl = "dsl@oakfield-primary.example";
        mvc.perform(get("/people/8d4a3f0e-1f7b-4c56-9a1e-000000000000").with(signedIn.as(dsl))).andExpect(status().isNotFound());
        mvc.perform(get("/people/not-an-id").with(signedIn.as(dsl))).andExpect(status().isNotFound());
        mvc.perform(get("/people/not-an-id/relationships/new").with(signedIn.as(dsl))).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorWithoutAPeopleRoleCannotSearchOrAdd() throws Exception {
        String admin = "admin@oakfield-primary.example";
        mvc.perform(get("/people").with(signedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/people").param("q", "Ava").with(signedIn.as(admin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/people/new").with(signedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/people/new").with(signedIn.as(admin)).with(csrf()).param("kind", "CHILD")).andExpect(status().isNotFound());
    }

    @Test
    void searchNeverReturnsAnotherOrganisationsPeople() throws Exception {
        String ava = oakfieldAva();
        assertThat(searchPage("gp@brook-lane.example", "Thompson")).doesNotContain(ava);
        assertThat(searchPage("dsl@hillford-primary.example", "Thompson")).contains("No results");
        assertThat(searchPage("dsl@oakfield-primary.example", "Oliver Grant")).contains("No results");
    }

    /** The search is posted; its results are on the page the redirect leads to. */
    private String searchPage(String email, String q) throws Exception {
        var posted = mvc.perform(post("/people").param("q", q).with(signedIn.as(email)).with(csrf())).andReturn().getResponse();
        return mvc.perform(get(posted.getRedirectedUrl()).cookie(posted.getCookie("SAFESHARE_SESSION")).with(signedIn.as(email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theApiAnswersNotFoundForAnotherOrganisationsChild() throws Exception {
        String ava = oakfieldAva();
        mvc.perform(get("/api/v1/people/" + ava).header("Authorization", "Bearer demo-surgery-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(not(containsString("Thompson"))));
        mvc.perform(get("/api/v1/people/" + ava).header("Authorization", "Bearer demo-hillford-token"))
                .andExpect(status().isNotFound());
        String body = mvc.perform(post("/api/v1/people/searches").contentType("application/json").content("{\"name\": \"Thompson\"}")
                        .header("Authorization", "Bearer demo-surgery-token"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(ava);
    }
}
