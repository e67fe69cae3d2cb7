package org.safeshare.decisions.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's facts are spelled as the API has always spelled them, whatever the domain calls them (ADR 0013): a fixed
 * body, with every field and the consent giver's API name, reads back exactly as sent.
 */
@SafeshareTest
class DecisionApiBodiesTest {

    /** Every field of the facts, as a partner system sends them. */
    static final String EVERY_FIELD = """
            {"guidanceVersion": "2024",
             "subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false, "nhsNumberKnown": true},
             "purpose": {"category": "EARLY_HELP", "legitimate": "YES"},
             "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": false,
                             "criminalOffence": false, "identitiesAtRisk": false},
             "consent": {"status": "GIVEN", "givenBy": "PARENT_WITH_PR", "subjectCompetent": false, "seekingWouldIncreaseRisk": false,
                         "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
             "risk": {"level": "CHILD_IN_NEED", "seriousCrime": false, "buildingPicture": false, "sharingMoreDetrimental": false},
             "legalRequirement": "NONE",
             "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true,
                           "coveredPerson": true},
             "request": {"fromPublicAuthority": false, "statesPublicTask": false}}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void aDecisionsFactsReadBackExactlyAsTheyWereSent() throws Exception {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        String body = """
                {"personId": "%s", "facts": %s,
                 "decision": {"choice": "DO_NOT_SHARE", "reasons": "Early help can wait for the family meeting",
                   "departureReason": "The family meet the early help team next week", "discussedWithRequester": true}}""".formatted(ava, EVERY_FIELD);
        var created = mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer demo-oakfield-token")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String location = created.getHeader("Location");
        String read = mvc.perform(get(location).header("Authorization", "Bearer demo-oakfield-token")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        ObjectNode facts = (ObjectNode) json.readTree(read).path("versions").path(0).path("facts");
        assertThat(facts.remove("sharingDate")).as("the sharing date, filled in as today").isNotNull();
        assertThat(facts.remove("sharer")).as("the sharer, as recorded for the organisation").isNotNull();
        JsonNode sent = json.readTree(EVERY_FIELD);
        assertThat(facts).isEqualTo(sent);
    }
}
