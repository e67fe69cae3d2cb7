package org.safeshare.organisations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The directory shows the caller's own partnership only, on pages and in the API. */
@SafeshareTest
class OrganisationAccessTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired Organisations organisations;

    private OrganisationId hillfordPrimary() {
        return organisations.directory(signedIn.actor("dsl@hillford-primary.example")).getFirst().id();
    }

    @Test
    void theDirectoryListsOnlyTheCallersPartnership() throws Exception {
        mvc.perform(get("/organisations").with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Riverside MASH")))
                .andExpect(content().string(containsString("Brook Lane Surgery")))
                .andExpect(content().string(not(containsString("Hillford Primary School"))));
    }

    @Test
    void anotherPartnershipsOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/organisations/" + hillfordPrimary()).with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + hillfordPrimary()).header("Authorization", "Bearer demo-oakfield-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void anOrganisationPageShowsItsSecureContactPoints() throws Exception {
        OrganisationId mash = organisations.directory(signedIn.actor("teacher@oakfield-primary.example")).stream()
                .filter(o -> o.type() == OrganisationType.MASH).findFirst().orElseThrow().id();
        mvc.perform(get("/organisations/" + mash).with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mash@riverside-council.example")))
                .andExpect(content().string(containsString("Riverside Children&#39;s Social Care")));
    }

    @Test
    void theApiListsThePartnershipForAValidToken() throws Exception {
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer demo-surgery-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Riverside MASH')].contactPoints[0].value").value("mash@riverside-council.example"))
                .andExpect(jsonPath("$[?(@.name == 'Hillford Primary School')]").isEmpty());
    }
}
