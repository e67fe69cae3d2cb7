package org.safeshare.decisions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Decision pages answer "not found" to anyone outside the recording and receiving organisations. */
@SafeshareTest
class DecisionPagesAccessTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private DecisionId recorded() {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        java.util.UUID mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(java.util.UUID.class).single();
        SharingFacts facts = json.readValue(DecisionApiTest.FACTS, SharingFacts.class);
        DecisionTaken decision = new DecisionTaken(DecisionTaken.Choice.SHARE, "Bruising", null, "Referral", mash, "Duty social worker",
                List.of(new DecisionTaken.InformationItem("Injury", "Bruises", DecisionTaken.FactOrOpinion.FACT, null)),
                DecisionTaken.SharingMethod.SECURE_PORTAL, null, DecisionTaken.SubjectInformed.WILL_INFORM, null, "Risk", null, null);
        DecisionChange change = decisions.record(signedIn.actor("dsl@oakfield-primary.example"),
                Optional.of(people.visible(signedIn.actor("dsl@oakfield-primary.example"), PersonId.parse(ava).orElseThrow())), facts, decision);
        return ((DecisionChange.Recorded) change).id();
    }

    @Test
    void onlyTheRecordingAndReceivingOrganisationsSeeADecision() throws Exception {
        DecisionId id = recorded();
        mvc.perform(get("/decisions/" + id).with(signedIn.as("teacher@oakfield-primary.example"))).andExpect(status().isOk());
        mvc.perform(get("/decisions/" + id).with(signedIn.as("mash.officer@riverside-mash.example"))).andExpect(status().isOk());
        mvc.perform(get("/decisions").with(signedIn.as("mash.officer@riverside-mash.example"))).andExpect(status().isOk());
        mvc.perform(get("/decisions/" + id + "/correct").with(signedIn.as("mash.officer@riverside-mash.example")))
                .andExpect(status().isNotFound());
        for (String outsider : new String[] {"gp@brook-lane.example", "dsl@hillford-primary.example", "admin@oakfield-primary.example"}) {
            mvc.perform(get("/decisions/" + id).with(signedIn.as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/decisions/not-an-id").with(signedIn.as("teacher@oakfield-primary.example"))).andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionReadsOnlyItsOwnFieldsSoTheChoiceAndRecipientStay() throws Exception {
        DecisionId id = recorded();
        String dsl = "dsl@oakfield-primary.example";
        String refused = mvc.perform(post("/decisions/" + id + "/correct").with(signedIn.as(dsl)).with(csrf()).param("reasons", "Bruising seen twice")
                .param("purpose", "Referral").param("recipientPersonOrRole", "Duty social worker"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(org.safeshare.support.GovukErrors.check(refused)).containsOnlyKeys("correctionReason");
        org.assertj.core.api.Assertions.assertThat(refused).contains("Bruising seen twice");
        mvc.perform(post("/decisions/" + id + "/correct").with(signedIn.as(dsl)).with(csrf()).param("correctionReason", "Typo")
                .param("reasons", "Bruising seen twice").param("purpose", "Referral").param("recipientPersonOrRole", "Duty social worker")
                .param("choice", "DO_NOT_SHARE").param("recipientOrganisationId", java.util.UUID.randomUUID().toString())
                .param("method", "TELEPHONE")).andExpect(status().is3xxRedirection());
        DecisionTaken now = decisions.view(signedIn.actor(dsl), id).current().decision();
        org.assertj.core.api.Assertions.assertThat(now.reasons()).isEqualTo("Bruising seen twice");
        org.assertj.core.api.Assertions.assertThat(now.choice()).isEqualTo(DecisionTaken.Choice.SHARE);
        org.assertj.core.api.Assertions.assertThat(now.method()).isEqualTo(DecisionTaken.SharingMethod.SECURE_PORTAL);
        org.assertj.core.api.Assertions.assertThat(now.recipientOrganisationId())
                .isEqualTo(jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(java.util.UUID.class).single());
    }

    @Test
    void aRefusedCorrectionShowsEveryProblemOfTheFormAtOnceInFormOrder() throws Exception {
        DecisionId id = recorded();
        String refused = mvc.perform(post("/decisions/" + id + "/correct").with(signedIn.as("dsl@oakfield-primary.example")).with(csrf())
                .param("correctionReason", " ").param("reasons", "").param("purpose", "").param("recipientPersonOrRole", "Duty social worker"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(org.safeshare.support.GovukErrors.check(refused).keySet())
                .containsExactly("correctionReason", "reasons", "purpose");
        org.assertj.core.api.Assertions.assertThat(refused).contains("Duty social worker");
    }

    @Test
    void aJourneyCannotStartFromAnotherOrganisationsPerson() throws Exception {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        mvc.perform(get("/decisions/new").param("person", ava).with(signedIn.as("gp@brook-lane.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/decisions/new/not-a-journey/purpose").with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(status().isNotFound());
    }
}
