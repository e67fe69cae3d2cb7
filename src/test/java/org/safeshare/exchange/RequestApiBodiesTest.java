package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.PersonId;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.support.JsonPaths;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The information request API's bodies are its own records (ADR 0022): a request and a response sent in the JSON the
 * API has always taken are accepted, and a request reads back with the fields it has always had, its subject's id and
 * NHS number as plain strings.
 */
@SafeshareTest
class RequestApiBodiesTest {

    /**
     * Every field of a request as the requester reads it once the charity has answered, as returned since the first version;
     * subject.id and subject.nhsNumber were objects ({"value": ...}) until 2 December 2026, when domain types leaked.
     */
    private static final String FIELDS = """
            id requestingOrganisationId requestingOrganisationName requestedBy requestedByName personId subject subject.id subject.name
            subject.dateOfBirth subject.expectedDateOfDelivery subject.nhsNumber subjectKind subjectAgeYears purposeCategory purpose
            lawfulBasis fromPublicAuthority statesPublicTask urgency sentAt questions[] parts[] parts[].id parts[].organisationId
            parts[].organisationName parts[].namedUserId parts[].teamId parts[].urgency parts[].dueAt parts[].status parts[].escalatedAt
            parts[].respondedAt parts[].respondedByName parts[].decisionId parts[].declineReasons parts[].answers[]
            parts[].answers[].question parts[].answers[].answer parts[].answers[].kind parts[].answers[].source parts[].disclosureId""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired PeopleSetUp setUp;
    @Autowired JsonMapper json;

    private ExchangeFixture fixture;
    private PersonId ava;

    @BeforeEach
    void theMashHoldsAva() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        ava = fixture.ava(setUp);
    }

    private static MockHttpServletRequestBuilder as(String organisation, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aRequestAndAnAnswerSentAsEverReadBackWithTheFieldsTheyHaveAlwaysHad() throws Exception {
        String charity = fixture.organisation("Safe Harbour Family Support").toString();
        String asked = """
                {"personId": "%s", "purposeCategory": "SAFEGUARDING", "purpose": "Strategy discussion under Children Act 1989 section 47",
                 "lawfulBasis": "UK GDPR Article 6(1)(e)", "statesPublicTask": true, "urgency": "AMBER",
                 "questions": ["Is Ava known to your service?"], "addressees": [{"organisationId": "%s", "namedUserId": null, "teamId": null}]}"""
                .formatted(ava, charity);
        String id = json.readTree(mvc.perform(as("mash", post("/api/v1/information-requests")).content(asked)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String answer = """
                {"choice": "ANSWER", "answers": [{"question": 1, "answer": "Known since 2024", "kind": "FACT", "source": "Support log"}],
                 "reasons": "The MASH needs the picture now", "departureReason": null,
                 "facts": {"riskLevel": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false,
                           "sharingMoreDetrimental": false, "consentStatus": "NOT_SOUGHT", "consentGivenBy": null, "subjectCompetent": false,
                           "seekingConsentWouldIncreaseRisk": true, "seekingConsentWouldCauseHarmfulDelay": false,
                           "seekingConsentWouldPrejudiceInvestigation": false, "confidential": true, "specialCategory": false,
                           "criminalOffence": false, "identitiesAtRisk": false, "adultAtRisk": false, "purposeLegitimate": null,
                           "legalRequirement": null},
                 "subjectInformed": "NOT_INFORMED", "notInformedReason": "Telling the family could increase the risk",
                 "consentNotSoughtReason": "Seeking consent could increase the risk", "discussedWithRequester": null,
                 "moreDetrimentalReason": null, "legitimateInterests": null, "personId": null}""";
        mvc.perform(as("charity", post("/api/v1/information-requests/" + id + "/responses")).content(answer)).andExpect(status().isCreated());

        JsonNode read = json.readTree(mvc.perform(as("mash", get("/api/v1/information-requests/" + id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        TreeSet<String> fields = JsonPaths.of(read);
        assertThat(fields).isEqualTo(new TreeSet<>(List.of(FIELDS.strip().split("\\s+"))));
        assertThat(read.path("subject").path("id").asString()).isEqualTo(ava.toString());
        assertThat(read.path("subject").path("nhsNumber").asString()).isEqualTo("9990000018");
        assertThat(read.path("parts").path(0).path("answers").path(0).path("kind").asString()).isEqualTo("FACT");

        JsonNode inbox = json.readTree(mvc.perform(as("charity", get("/api/v1/inbox")).param("openOnly", "false").param("urgency", "AMBER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode row = inbox.path("informationRequests").path("rows").path(0);
        assertThat(row.path("requestId").isString()).isTrue();
        assertThat(row.path("urgency").asString()).isEqualTo("AMBER");
        assertThat(row.path("subject").path("id").asString()).isEqualTo(ava.toString());
        assertThat(inbox.path("informationRequests").path("open").path("RED").has("overdue")).isTrue();
    }

}
