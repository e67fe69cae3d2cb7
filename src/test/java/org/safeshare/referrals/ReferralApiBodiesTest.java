package org.safeshare.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.decisions.domain.vocabulary.PurposeCategory;
import org.safeshare.exchange.NewInformationRequest;
import org.safeshare.exchange.domain.Urgency;
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
 * The referrals API's bodies are its own records (ADR 0022): a referral sent, rated, discussed, decided, disagreed with
 * and answered in the JSON the API has always taken reads back with the fields it has always had, and so does the MASH
 * queue, whatever the domain calls them.
 */
@SafeshareTest
class ReferralApiBodiesTest {

    /** Every field of a referral the MASH reads once everything has been done on it, as returned since the first version. */
    private static final String FIELDS = """
            id type referringOrganisation referredByName receivingOrganisation subject subject.name subject.dateOfBirth
            subject.nhsNumber family[] family[].name family[].relationship family[].parentalResponsibility decisionId immediateDanger
            concernFacts concernOpinion concernHistorical risk familyTold familyResponse otherAgencies receivedAt decisionDueAt overdue
            reReferralOf ratings[] ratings[].rating ratings[].rationale ratings[].ratedByName ratings[].ratedAt decision decision.outcome
            decision.reasons decision.signpostedTo decision.decidedByName decision.decidedAt requests[] requests[].requestId
            requests[].organisations[] meetings[] meetings[].id meetings[].heldOn meetings[].attendees[] meetings[].attendees[].name
            meetings[].attendees[].agency meetings[].attendees[].organisation meetings[].shared meetings[].decision
            meetings[].recordedByName meetings[].recordedAt disagreements[] disagreements[].id disagreements[].raisedByName
            disagreements[].raisedAt disagreements[].reason disagreements[].level disagreements[].answer disagreements[].answeredByName
            disagreements[].answeredAt atTheMash onReferrersSide""";

    /** Every field of a page of the MASH queue, with one line, as returned since the first version. */
    private static final String QUEUE_FIELDS = """
            lines[] lines[].id lines[].type lines[].subjectName lines[].referringOrganisation lines[].receivedAt lines[].decisionDueAt
            lines[].workingTimeLeft lines[].overdue lines[].rating lines[].reReferral lines[].decided lines[].immediateDanger total page""";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired Triage triage;

    private ReferralFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReferralFixture(jdbc, signedIn);
    }

    private static MockHttpServletRequestBuilder as(String organisation, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aReferralAndTheQueueReadBackWithTheFieldsTheyHaveAlwaysHad() throws Exception {
        String sent = """
                {"type": "CHILDRENS_SOCIAL_CARE", "personId": "%s", "decisionId": null, "immediateDanger": false,
                 "concernFacts": "Bruises on both arms", "concernOpinion": "She seemed frightened to go home",
                 "concernHistorical": "Two notes of lateness in the spring term", "risk": "Significant harm suspected",
                 "familyTold": "NOT_TOLD", "familyResponse": "Telling them could put her at risk", "otherAgencies": "Brook Lane Surgery"}"""
                .formatted(fixture.ava(ReferralFixture.TEACHER));
        String id = read(as("oakfield", post("/api/v1/referrals")).content(sent)).get("id").asString();
        String at = "/api/v1/referrals/" + id;
        NewInformationRequest asked = new NewInformationRequest(fixture.ava(ReferralFixture.MASH), PurposeCategory.SAFEGUARDING,
                "Referral from school", "UK GDPR Article 6(1)(e)", true, Urgency.RED, List.of("Is Ava known to you?"),
                List.of(new NewInformationRequest.Addressee(fixture.organisation("Brook Lane Surgery"), null)));
        assertThat(triage.askPartners(signedIn.actor(ReferralFixture.MASH), ReferralId.parse(id).orElseThrow(), asked))
                .isInstanceOf(ReferralChange.Done.class);
        read(as("mash", post(at + "/rating")).content("{\"rating\": \"RED\", \"rationale\": \"Injuries to a child\"}"));

        JsonNode line = null;
        // The newest referral has the most working time left: it comes last, on whichever page that is.
        for (int page = 1; line == null && page < 100; page++) {
            JsonNode queue = read(as("mash", get("/api/v1/mash/queue")).param("page", String.valueOf(page)));
            for (JsonNode each : queue.path("lines")) {
                line = each.path("id").asString().equals(id) ? each : line;
            }
            if (queue.path("lines").isEmpty()) {
                break;
            }
        }
        assertThat(line != null).as("the referral is in the queue").isTrue();
        TreeSet<String> queueFields = new TreeSet<>(List.of("lines[]", "total", "page"));
        JsonPaths.collect(line, "lines[]", queueFields);
        assertThat(queueFields).isEqualTo(fields(QUEUE_FIELDS));
        assertThat(line.path("type").asString()).isEqualTo("CHILDRENS_SOCIAL_CARE");
        assertThat(line.path("rating").asString()).isEqualTo("RED");

        read(as("mash", post(at + "/meetings")).content("""
                {"heldOn": "%s", "attendees": [{"name": "DC Jo Turner", "agency": "POLICE", "organisation": "Riverside Police"},
                  {"name": "Lena Novak", "agency": "SOCIAL_CARE", "organisation": "Riverside MASH"},
                  {"name": "Dr Emma Shaw", "agency": "HEALTH", "organisation": "Brook Lane Surgery"},
                  {"name": "Dana Shah", "agency": "EDUCATION", "organisation": "Oakfield Primary School"}],
                 "shared": "GP: two attendances for injuries", "decision": "Section 47 enquiry"}""".formatted(LocalDate.now())));
        read(as("mash", post(at + "/decision")).content("""
                {"outcome": "CHILD_AND_FAMILY_ASSESSMENT", "reasons": "Needs assessment under s17", "signpostedTo": null}"""));
        read(as("oakfield", post(at + "/disagreements")).content("{\"reason\": \"The bruises are grip marks\", \"level\": \"TEAM_MANAGER\"}"));
        String disagreement = read(as("mash", get(at))).path("disagreements").path(0).path("id").asString();
        read(as("mash", post(at + "/disagreements/" + disagreement + "/answer")).content("{\"answer\": \"Reopened\"}"));

        JsonNode referral = read(as("mash", get(at)));

        TreeSet<String> found = JsonPaths.of(referral);
        assertThat(found).isEqualTo(fields(FIELDS));
        assertThat(referral.path("id").asString()).isEqualTo(id);
        assertThat(referral.path("familyTold").asString()).isEqualTo("NOT_TOLD");
        assertThat(referral.path("decision").path("outcome").asString()).isEqualTo("CHILD_AND_FAMILY_ASSESSMENT");
        assertThat(referral.path("meetings").path(0).path("attendees").path(3).path("agency").asString()).isEqualTo("EDUCATION");
        assertThat(referral.path("disagreements").path(0).path("level").asString()).isEqualTo("TEAM_MANAGER");
    }

    @Test
    void theOpenApiDocumentListsTheReferralValues() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Referral.properties.type.enum")
                        .value(Matchers.contains("CHILDRENS_SOCIAL_CARE", "ADULT_SOCIAL_CARE")))
                .andExpect(jsonPath("$.components.schemas.Referral.properties.familyTold.enum")
                        .value(Matchers.contains("TOLD_AND_AGREED", "TOLD_AND_DID_NOT_AGREE", "NOT_TOLD")))
                .andExpect(jsonPath("$.components.schemas.RatingEntry.properties.rating.enum").value(Matchers.contains("RED", "AMBER", "GREEN")))
                .andExpect(jsonPath("$.components.schemas.Decided.properties.outcome.enum[0]").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.components.schemas.Attendee.properties.agency.enum[0]").value("POLICE"))
                .andExpect(jsonPath("$.components.schemas.Disagreement.properties.level.enum[0]").value("TEAM_MANAGER"))
                .andExpect(jsonPath("$.components.schemas.NewReferralBody.properties.type.enum[0]").value("CHILDRENS_SOCIAL_CARE"))
                .andExpect(jsonPath("$.components.schemas.Referral.properties.id.format").value("uuid"));
    }

    private static TreeSet<String> fields(String list) {
        return new TreeSet<>(List.of(list.strip().split("\\s+")));
    }

}
