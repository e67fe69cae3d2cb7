package org.safeshare.decisions.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.TreeSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.DecisionApiTest;
import org.safeshare.support.JsonPaths;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's facts, recommendation and decision are spelled as the API has always spelled them, whatever the domain calls
 * them (ADR 0013, ADR 0022): a fixed body, with every field and the consent giver's API name, reads back exactly as sent,
 * and a decision and its recommendation read back with the fields the API has always returned.
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

    /**
     * Every field of a decision as sent and returned since the first version of the API (when it was the domain type itself),
     * but the consent record relied on, which must name a consent record the recorder holds.
     */
    static final String DECISION_FIELDS = """
            choice reasons departureReason purpose recipientOrganisationId recipientPersonOrRole information[] information[].category
            information[].summary information[].kind information[].historicalNote method sharedAt subjectInformed notInformedReason
            consentNotSoughtReason discussedWithRequester advice advice.fromRole advice.outcome advice.adviceRequestId
            legitimateInterests legitimateInterests.purpose legitimateInterests.necessity legitimateInterests.balancing
            moreDetrimentalReason""";

    /** The recommendation's fields as returned since the first version (when it was the domain type itself), absent parts left out. */
    static final String RECOMMENDATION_FIELDS = """
            outcome urgent escalations[] lawfulBasis lawfulBasis.article6 lawfulBasis.article9 lawfulBasis.dpaSchedule1Paragraph
            lawfulBasis.confidentialityGround lawfulBasis.dpaPart3 informSubject preconditions[] reasons[] reasons[].ruleId
            reasons[].source reasons[].text howToShare[] guidanceVersion sharingDate ruleSet""";

    @Test
    void aDecisionAndItsRecommendationReadBackWithTheFieldsTheApiHasAlwaysHad() throws Exception {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        String mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single();
        String body = """
                {"personId": "%s", "facts": %s,
                 "decision": {"choice": "SHARE", "reasons": "Bruising seen", "departureReason": "Not a departure",
                   "purpose": "Referral: suspected physical abuse", "recipientOrganisationId": "%s",
                   "recipientPersonOrRole": "Duty social worker",
                   "information": [{"category": "Injury seen", "summary": "Bruises", "kind": "OPINION", "historicalNote": "In March too"}],
                   "method": "PHONE_WITH_IDENTITY_CHECK", "sharedAt": "2026-11-30T10:15:00Z", "subjectInformed": "NOT_INFORMED",
                   "notInformedReason": "It would increase the risk", "consentNotSoughtReason": "Seeking it would increase the risk",
                   "discussedWithRequester": true,
                   "advice": {"fromRole": "CALDICOTT_GUARDIAN", "outcome": "Share today", "adviceRequestId": "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d61"},
                   "legitimateInterests": {"purpose": "Protection", "necessity": "No other way", "balancing": "Risk outweighs"},
                   "moreDetrimentalReason": "Not applicable"}}""".formatted(ava, DecisionApiTest.FACTS, mash);
        var created = mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer demo-oakfield-token")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String location = created.getHeader("Location");
        JsonNode read = json.readTree(mvc.perform(get(location).header("Authorization", "Bearer demo-oakfield-token"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(read.path("id").isString()).as("the id, a plain UUID").isTrue();
        assertThat(read.path("id").asString()).isEqualTo(location.substring(location.lastIndexOf('/') + 1));
        JsonNode version = read.path("versions").path(0);
        assertThat(JsonPaths.of(version.path("decision"))).isEqualTo(fields(DECISION_FIELDS));
        assertThat(version.path("decision").path("information").path(0).path("kind").asString()).isEqualTo("OPINION");
        assertThat(version.path("decision").path("advice").path("fromRole").asString()).isEqualTo("CALDICOTT_GUARDIAN");
        assertThat(JsonPaths.of(version.path("recommendation"))).isSubsetOf(fields(RECOMMENDATION_FIELDS + " dutyToShare"))
                .containsAll(fields(RECOMMENDATION_FIELDS));
        assertThat(version.path("recommendation").path("guidanceVersion").asString()).isEqualTo("2024");

        JsonNode evaluated = json.readTree(mvc.perform(post("/api/v1/decision-support/evaluations")
                .header("Authorization", "Bearer demo-oakfield-token").contentType(MediaType.APPLICATION_JSON).content(DecisionApiTest.FACTS))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(JsonPaths.of(evaluated)).isEqualTo(JsonPaths.of(version.path("recommendation")));
    }

    @Test
    void anInformationItemSentAsNullIsRefusedWithItsPlace() throws Exception {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        String mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single();
        String body = """
                {"personId": "%s", "facts": %s,
                 "decision": {"choice": "SHARE", "reasons": "Bruising seen", "purpose": "Referral", "recipientOrganisationId": "%s",
                   "recipientPersonOrRole": "Duty social worker", "information": [null], "method": "SECURE_EMAIL",
                   "subjectInformed": "INFORMED", "consentNotSoughtReason": "Risk"}}""".formatted(ava, DecisionApiTest.FACTS, mash);
        mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer demo-oakfield-token").contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'information[0].category')]").isNotEmpty());
    }

    @Test
    void theOpenApiDocumentDescribesTheIdAsAUuidAndTheValuesAsTheApisOwnLists() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.DecisionRecord.properties.id.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.DecisionRecord.properties.id.format").value("uuid"))
                .andExpect(jsonPath("$.components.schemas.DecisionVersion.properties.recommendation.$ref").value("#/components/schemas/Recommendation"))
                .andExpect(jsonPath("$.components.schemas.DecisionVersion.properties.decision.$ref").value("#/components/schemas/DecisionTaken"))
                .andExpect(jsonPath("$.components.schemas.Recommendation.properties.outcome.enum").value(Matchers.contains(
                        "SHARE", "SHARE_WITHOUT_CONSENT", "SEEK_CONSENT", "SEEK_ADVICE", "DO_NOT_SHARE")))
                .andExpect(jsonPath("$.components.schemas.Recommendation.properties.escalations.items.enum[0]").value("CALL_POLICE_NOW"))
                .andExpect(jsonPath("$.components.schemas.Recommendation.properties.reasons.items.$ref")
                        .value("#/components/schemas/RecommendationReason"))
                .andExpect(jsonPath("$.components.schemas.RecommendationReason.properties.ruleId.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.DecisionTaken.properties.choice.enum").value(Matchers.contains("SHARE", "DO_NOT_SHARE")))
                .andExpect(jsonPath("$.components.schemas.DecisionTaken.properties.consentRecordId.format").value("uuid"))
                .andExpect(jsonPath("$.components.schemas.DecisionTaken.properties.method.enum[0]").value("SECURE_PORTAL"));
    }

    private static TreeSet<String> fields(String list) {
        return new TreeSet<>(List.of(list.strip().split("\\s+")));
    }


}
