package org.safeshare.referrals;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The referrals API: create, read, rate, decide, the queue; problem details naming the field; 404 to everyone else. */
@SafeshareTest
class ReferralApiTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private ReferralFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReferralFixture(jdbc, signedIn);
    }

    private static MockHttpServletRequestBuilder as(String organisation, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    private String created() throws Exception {
        String body = """
                {"type": "CHILDRENS_SOCIAL_CARE", "personId": "%s", "immediateDanger": false, "concernFacts": "Bruises on both arms",
                 "risk": "Significant harm suspected", "familyTold": "NOT_TOLD", "familyResponse": "Telling them could put her at risk"}"""
                .formatted(fixture.ava(ReferralFixture.TEACHER));
        String location = mvc.perform(as("oakfield", post("/api/v1/referrals")).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.receivingOrganisation").value("Riverside MASH")).andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aPartnerSystemRefersTheMashRatesAndDecidesAndTheSchoolReadsTheOutcome() throws Exception {
        String id = created();
        mvc.perform(as("mash", get("/api/v1/mash/queue"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[*].id").value(hasItem(id)));
        mvc.perform(as("mash", post("/api/v1/referrals/" + id + "/rating")).content("{\"rating\": \"RED\", \"rationale\": \"Injuries\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ratings[0].rating").value("RED"));
        mvc.perform(as("mash", post("/api/v1/referrals/" + id + "/decision"))
                        .content("{\"outcome\": \"CHILD_AND_FAMILY_ASSESSMENT\", \"reasons\": \"Needs assessment under s17\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("oakfield", get("/api/v1/referrals/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.outcome").value("CHILD_AND_FAMILY_ASSESSMENT"))
                .andExpect(jsonPath("$.decision.reasons").value("Needs assessment under s17"));
    }

    @Test
    void aRatingWithoutRationaleAndADecisionWithoutReasonsAreProblemsNamingTheField() throws Exception {
        String id = created();
        mvc.perform(as("mash", post("/api/v1/referrals/" + id + "/rating")).content("{\"rating\": \"RED\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("rationale"));
        mvc.perform(as("mash", post("/api/v1/referrals/" + id + "/decision")).content("{\"outcome\": \"EARLY_HELP\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("reasons"));
    }

    @Test
    void everyEndpointIsNotFoundToAThirdOrganisationAndAnotherPartnership() throws Exception {
        String id = created();
        for (String outsider : List.of("academy", "hillford", "surgery", "police")) {
            mvc.perform(as(outsider, get("/api/v1/referrals/" + id))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/referrals/" + id + "/rating")).content("{\"rating\": \"RED\", \"rationale\": \"x\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/referrals/" + id + "/decision")).content("{\"outcome\": \"EARLY_HELP\", \"reasons\": \"x\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/referrals/" + id + "/meetings")).content("{\"shared\": \"x\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/referrals/" + id + "/disagreements")).content("{\"reason\": \"x\", \"level\": \"TEAM_MANAGER\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(outsider, post("/api/v1/referrals/" + id + "/disagreements/" + UUID.randomUUID() + "/answer"))
                    .content("{\"answer\": \"x\"}")).andExpect(status().isNotFound());
        }
        // The referrer's own system reads it, but may not act as the MASH.
        mvc.perform(as("oakfield", post("/api/v1/referrals/" + id + "/rating")).content("{\"rating\": \"RED\", \"rationale\": \"x\"}"))
                .andExpect(status().isNotFound());
    }
}
