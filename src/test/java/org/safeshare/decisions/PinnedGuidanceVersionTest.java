package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A partnership pins the guidance version; evaluations without an explicit version follow it; other partnerships do not. */
@SafeshareTest
class PinnedGuidanceVersionTest {

    private static final String ADMIN = "partnership.admin@riverside-csc.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired Decisions decisions;
    @Autowired JsonMapper json;

    private SharingFacts.GuidanceVersion evaluatedVersion(String email) {
        SharingFacts facts = json.readValue(DecisionApiTest.FACTS.replace("\"guidanceVersion\": \"2024\",", ""),
                SharingFacts.class);
        return ((Evaluation.Evaluated) decisions.evaluate(signedIn.actor(email), facts)).recommendation().guidanceVersion();
    }

    @Test
    void aPartnershipAdministratorPinsTheVersionThatUnversionedEvaluationsFollow() throws Exception {
        try {
            mvc.perform(get("/partnership/guidance").with(signedIn.as(ADMIN))).andExpect(status().isOk());
            mvc.perform(post("/partnership/guidance").with(signedIn.as(ADMIN)).with(csrf()).param("version", "1999"))
                    .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Select the advice")));
            mvc.perform(post("/partnership/guidance").with(signedIn.as(ADMIN)).with(csrf()).param("version", "2018"))
                    .andExpect(status().is3xxRedirection());
            assertThat(evaluatedVersion("teacher@oakfield-primary.example")).isEqualTo(SharingFacts.GuidanceVersion.V2018);
            assertThat(evaluatedVersion("dsl@hillford-primary.example")).isEqualTo(SharingFacts.GuidanceVersion.V2024);
        } finally {
            mvc.perform(post("/partnership/guidance").with(signedIn.as(ADMIN)).with(csrf()).param("version", "2024"));
        }
    }

    @Test
    void onlyAPartnershipAdministratorMayPinIt() throws Exception {
        mvc.perform(get("/partnership/guidance").with(signedIn.as("admin@oakfield-primary.example"))).andExpect(status().isForbidden());
        mvc.perform(post("/partnership/guidance").with(signedIn.as("dsl@oakfield-primary.example")).with(csrf()).param("version", "2018"))
                .andExpect(status().isForbidden());
        assertThat(evaluatedVersion("teacher@oakfield-primary.example")).isEqualTo(SharingFacts.GuidanceVersion.V2024);
    }
}
