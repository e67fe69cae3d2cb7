package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The partnership administrator sets the thresholds on a page: validated, audited; an IG lead reads them; nobody else. */
@SafeshareTest
class ThresholdPagesTest {

    static final String ADMIN = "partnership.admin@riverside-csc.example";

    @Autowired MockMvc mvc;
    @Autowired ThresholdRescoringJob rescoringJob;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void defaultsAgain() {
        jdbc.sql("delete from matching_rescoring").update();
        jdbc.sql("delete from matching_threshold").update();
    }

    @Test
    void theAdministratorSetsTheThresholdsAndItIsAudited() throws Exception {
        mvc.perform(get("/matching/thresholds").with(signedIn.as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0.95"))).andExpect(content().string(containsString("0.85")));
        mvc.perform(post("/matching/thresholds").param("link", "0.97").param("review", "0.8").with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/matching/thresholds?saved"));
        UUID admin = signedIn.actor(ADMIN).id();
        assertThat(jdbc.sql("select link from matching_threshold where set_by = ?").param(admin).query(Double.class).single()).isEqualTo(0.97);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LINK_THRESHOLDS_SET' and actor_id = ?").param(admin)
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/matching/thresholds").with(signedIn.as("ig@riverside-hospital.example"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0.97"))).andExpect(content().string(containsString("Re-scoring is in progress")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Save thresholds"))));
        rescoringJob.runFor(java.time.Duration.ofMinutes(1));
        mvc.perform(get("/matching/thresholds").with(signedIn.as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Re-scoring is in progress"))));
    }

    @Test
    void anInformationGovernanceLeadOfOneOrganisationCannotSetThePartnershipsThresholds() throws Exception {
        // The thresholds decide which records of every organisation are linked: a partnership-wide power.
        mvc.perform(post("/matching/thresholds").param("link", "0.6").param("review", "0.5").with(signedIn.as("ig@riverside-hospital.example"))
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from matching_threshold").query(Long.class).single()).isZero();
    }

    @Test
    void wrongValuesAreShownInTheErrorSummaryAndNothingIsSaved() throws Exception {
        mvc.perform(post("/matching/thresholds").param("link", "0.9").param("review", "0.9").with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("The review threshold must be lower than the link threshold")))
                .andExpect(content().string(containsString("govuk-input--error")));
        mvc.perform(post("/matching/thresholds").param("link", "1.5").param("review", "high").with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the link threshold as a number more than 0 and no more than 1")))
                .andExpect(content().string(containsString("Enter the review threshold as a number more than 0 and no more than 1")));
        mvc.perform(post("/matching/thresholds").param("link", "0.9").param("review", "0").with(signedIn.as(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")));
        assertThat(jdbc.sql("select count(*) from matching_threshold").query(Long.class).single()).isZero();
    }

    @Test
    void practitionersTheMashAnotherOrganisationsAdministratorAndAnotherPartnershipAreTurnedAway() throws Exception {
        for (String outsider : List.of("teacher@oakfield-primary.example", HoldersTest.MASH, "admin@oakfield-primary.example",
                "dsl@hillford-primary.example", "admin@hillford-primary.example")) {
            mvc.perform(get("/matching/thresholds").with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/matching/thresholds").param("link", "0.5").param("review", "0.4").with(signedIn.as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from matching_threshold").query(Long.class).single()).isZero();
    }
}
