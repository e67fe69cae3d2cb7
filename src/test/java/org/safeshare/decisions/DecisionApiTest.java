package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The decision API contract: evaluate (stateless), record, correct, read and list, each access-controlled. */
@SafeshareTest
public class DecisionApiTest {

    public static final String FACTS = """
            {"guidanceVersion": "2024",
             "subject": {"kind": "CHILD", "ageYears": 11, "adultAtRisk": false},
             "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
             "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": true,
                             "criminalOffence": false, "identitiesAtRisk": false},
             "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                         "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
             "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
             "legalRequirement": "NONE",
             "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true}}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String ava() {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
    }

    private String mash() {
        return jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single();
    }

    private long decisions() {
        return jdbc.sql("select count(*) from decision_version").query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String organisation) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    private String shareDecision(String reasons) {
        return """
                {"personId": "%s", "facts": %s,
                 "decision": {"choice": "SHARE", "reasons": "%s", "purpose": "Referral: suspected physical abuse",
                   "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                   "information": [{"category": "Injury seen", "summary": "Bruises on both upper arms", "kind": "FACT"}],
                   "method": "SECURE_EMAIL", "subjectInformed": "NOT_INFORMED",
                   "notInformedReason": "It would increase the risk", "consentNotSoughtReason": "Seeking it would increase the risk"}}"""
                .formatted(ava(), FACTS, reasons, mash());
    }

    private String record() throws Exception {
        MvcResult result = mvc.perform(as(post("/api/v1/decisions"), "oakfield").content(shareDecision("Bruising seen in PE")))
                .andExpect(status().isCreated()).andReturn();
        return result.getResponse().getHeader("Location").replace("/api/v1/decisions/", "");
    }

    @Test
    void anEvaluationReturnsAnExplainedRecommendationAndStoresNothing() throws Exception {
        long before = decisions();
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "oakfield").content(FACTS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").isString())
                .andExpect(jsonPath("$.guidanceVersion").value("2024"))
                .andExpect(jsonPath("$.reasons[0].ruleId").isString())
                .andExpect(jsonPath("$.reasons[0].source").isString())
                .andExpect(jsonPath("$.lawfulBasis").exists());
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void anUnknownValueNamesItsFieldAndMalformedJsonIsABadRequest() throws Exception {
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "oakfield").content(FACTS.replace("\"CHILD\"", "\"KITTEN\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject.kind"))
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("CHILD, UNBORN, ADULT")));
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "oakfield").content("{\"subject\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRecordedDecisionIsReadableByTheRecorderAndTheRecipientOnly() throws Exception {
        String id = record();
        mvc.perform(as(get("/api/v1/decisions/" + id), "oakfield"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].version").value(1))
                .andExpect(jsonPath("$.versions[0].decision.choice").value("SHARE"))
                .andExpect(jsonPath("$.versions[0].recommendation.outcome").isString())
                .andExpect(jsonPath("$.versions[0].facts.guidanceVersion").value("2024"));
        mvc.perform(as(get("/api/v1/decisions/" + id), "mash")).andExpect(status().isOk());
        mvc.perform(as(get("/api/v1/decisions/" + id), "surgery")).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/decisions/" + id), "hillford")).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/people/" + ava() + "/decisions"), "oakfield"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
        mvc.perform(as(get("/api/v1/people/" + ava() + "/decisions"), "surgery")).andExpect(status().isNotFound());
    }

    @Test
    void anIncompleteDecisionIsRefusedFieldByFieldAndNothingIsRecorded() throws Exception {
        long before = decisions();
        mvc.perform(as(post("/api/v1/decisions"), "oakfield").content(shareDecision("")
                        .replace("\"method\": \"SECURE_EMAIL\",", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'reasons')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'method')]").isNotEmpty());
        mvc.perform(as(post("/api/v1/decisions"), "oakfield").content(shareDecision("ok")
                        .replace("\"kind\": \"CHILD\", \"ageYears\": 11", "\"kind\": \"UNBORN\", \"ageYears\": 11")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("facts.")));
        assertThat(decisions()).isEqualTo(before);
    }

    @Test
    void aCorrectionIsANewVersionAndTheOriginalNeverChanges() throws Exception {
        String id = record();
        String correction = """
                {"facts": %s, "reason": "Reasons mistyped",
                 "decision": {"choice": "SHARE", "reasons": "Bruising seen in PE on 21 November", "purpose": "Referral",
                   "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                   "information": [{"category": "Injury seen", "summary": "Bruises", "kind": "FACT"}],
                   "method": "SECURE_EMAIL", "subjectInformed": "INFORMED", "consentNotSoughtReason": "Risk"}}"""
                .formatted(FACTS, mash());
        mvc.perform(as(post("/api/v1/decisions/" + id + "/corrections"), "oakfield").content(correction))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].decision.reasons").value("Bruising seen in PE"))
                .andExpect(jsonPath("$.versions[1].correctionReason").value("Reasons mistyped"));
        mvc.perform(as(post("/api/v1/decisions/" + id + "/corrections"), "mash").content(correction))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> jdbc.sql("update decision_version set choice = 'DO_NOT_SHARE' where decision_id = ?::uuid")
                .param(id).update()).hasMessageContaining("decision records are never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from decision_version where decision_id = ?::uuid").param(id).update())
                .hasMessageContaining("decision records are never changed");
    }
}
