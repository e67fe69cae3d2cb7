package org.safeshare.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.support.GovukErrors;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The IG lead marks a sharing outside any agreement reviewed, with a note, audited; no one else can. */
@SafeshareTest
class OutsideAgreementReviewTest {

    static final String IG_LEAD = "ig@riverside-hospital.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private UUID flagged(String sharer, String recipient) {
        UUID decision = UUID.randomUUID();
        // Stored as the decision flow flags it; written directly, since an agreement recorded by another test may cover the pair.
        jdbc.sql("""
                insert into sharing_outside_agreement (decision_id, sharer_organisation_id, recipient_organisation_id, purpose, shared_on, flagged_at)
                values (?, ?, ?, 'SAFEGUARDING', ?, now())""").params(decision, organisation(sharer).value(), organisation(recipient).value(),
                java.sql.Date.valueOf(LocalDate.of(2026, 11, 30))).update();
        return decision;
    }

    private OrganisationId organisation(String name) {
        return new OrganisationId(jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single());
    }

    private String page(String email) throws Exception {
        return mvc.perform(get("/agreements/outside").with(signedIn.as(email))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theIgLeadMarksASharingReviewedWithANoteAndItIsAudited() throws Exception {
        UUID decision = flagged("Riverside General Hospital Emergency Department", "Riverside MASH");
        assertThat(page(IG_LEAD)).contains("/agreements/outside/" + decision + "/review");
        String empty = mvc.perform(post("/agreements/outside/" + decision + "/review").param("note", " ").with(csrf()).with(signedIn.as(IG_LEAD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(GovukErrors.check(empty)).containsKey("note-" + decision);
        mvc.perform(post("/agreements/outside/" + decision + "/review").param("note", "One-off urgent sharing; no agreement needed")
                        .with(csrf()).with(signedIn.as(IG_LEAD)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/agreements/outside?reviewed"));
        assertThat(page(IG_LEAD)).contains("One-off urgent sharing; no agreement needed").doesNotContain("/agreements/outside/" + decision + "/review");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SHARING_OUTSIDE_AGREEMENT_REVIEWED' and actor_id = ?")
                .param(signedIn.actor(IG_LEAD).id()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/agreements/outside/" + decision + "/review").param("note", "Twice").with(csrf()).with(signedIn.as(IG_LEAD)))
                .andExpect(redirectedUrl("/agreements/outside?alreadyReviewed"));
        assertThat(jdbc.sql("select review_note from sharing_outside_agreement where decision_id = ?").param(decision).query(String.class)
                .single()).isEqualTo("One-off urgent sharing; no agreement needed");
    }

    @Test
    void noOneButTheSharersIgLeadMarksItReviewed() throws Exception {
        UUID mashSharing = flagged("Riverside MASH", "Riverside General Hospital Emergency Department");
        UUID hospitalSharing = flagged("Riverside General Hospital Emergency Department", "Riverside MASH");
        mvc.perform(post("/agreements/outside/" + mashSharing + "/review").param("note", "Not mine").with(csrf()).with(signedIn.as(IG_LEAD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agreements/outside/" + UUID.randomUUID() + "/review").param("note", "None").with(csrf()).with(signedIn.as(IG_LEAD)))
                .andExpect(status().isNotFound());
        for (String outsider : java.util.List.of("teacher@oakfield-primary.example", "dsl@riverside-academy.example",
                "dsl@hillford-primary.example", "partnership.admin@riverside-csc.example")) {
            mvc.perform(post("/agreements/outside/" + hospitalSharing + "/review").param("note", "Not mine").with(csrf()).with(signedIn.as(outsider)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from sharing_outside_agreement where decision_id in (?, ?) and reviewed_at is not null")
                .params(mashSharing, hospitalSharing).query(Long.class).single()).isZero();
    }
}
