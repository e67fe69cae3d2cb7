package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API contract for the law on the sharing day: who is sharing, the sharing date, recognised legitimate interest and
 * its Annex 1 condition, the request path, and the duty to share once commenced. Old requests keep their answers.
 */
@SafeshareTest
class LawOnTheSharingDayApiTest {

    /** A bruised 7-year-old: significant harm suspected, asking consent would increase the risk. */
    static String facts(String extra) {
        return """
                {"subject": {"kind": "CHILD", "ageYears": 7, "adultAtRisk": false},
                 "purpose": {"category": "SAFEGUARDING", "legitimate": "YES"},
                 "information": {"identifiesIndividual": true, "confidential": true, "specialCategory": false,
                                 "criminalOffence": false, "identitiesAtRisk": false},
                 "consent": {"status": "NOT_SOUGHT", "subjectCompetent": false, "seekingWouldIncreaseRisk": true,
                             "seekingWouldCauseHarmfulDelay": false, "seekingWouldPrejudiceInvestigation": false},
                 "risk": {"level": "SIGNIFICANT_HARM_SUSPECTED", "seriousCrime": false, "buildingPicture": false},
                 "legalRequirement": "NONE",
                 "recipient": {"hasRoleInSafeguarding": true, "identityVerified": true, "secureChannelAvailable": true%s}"""
                .formatted(extra);
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired LawCommencements commencements;
    @Autowired SignedIn signedIn;
    @Autowired TransactionTemplate transaction;

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String organisation) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    private void commenceDutyToShare(LocalDate on) {
        transaction.executeWithoutResult(t -> commencements.set(signedIn.actor("partnership.admin@riverside-csc.example"),
                Provision.DUTY_TO_SHARE, on, on == null ? "Test over" : "The Children's Wellbeing and Schools Act 2026 (Commencement No. 3) Regulations 2026"));
    }

    @AfterEach
    void noProvisionStaysCommenced() {
        if (commencements.current().of(Provision.DUTY_TO_SHARE).isPresent()) {
            commenceDutyToShare(null);
        }
    }

    @Test
    void anOldRequestWithoutTheNewFieldsKeepsItsAnswerEvenFromTheCharitysToken() throws Exception {
        for (String organisation : new String[] {"oakfield", "charity"}) {
            mvc.perform(as(post("/api/v1/decision-support/evaluations"), organisation).content(facts("") + "}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outcome").value("SHARE_WITHOUT_CONSENT"))
                    .andExpect(jsonPath("$.lawfulBasis.article6").value("PUBLIC_TASK"))
                    .andExpect(jsonPath("$.lawfulBasis.annex1Condition").doesNotExist())
                    .andExpect(jsonPath("$.sharingDate").value(LocalDate.now(ZoneId.of("Europe/London")).toString()))
                    .andExpect(jsonPath("$.ruleSet").value("duaa2025"));
        }
    }

    @Test
    void aSharerThatIsNotAPublicAuthorityGetsRecognisedLegitimateInterestFromFebruary2026AndLegitimateInterestsBefore() throws Exception {
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "charity")
                        .content(facts("") + ", \"sharer\": {\"lawEnforcement\": false, \"publicAuthority\": false}, \"sharingDate\": \"2026-05-11\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lawfulBasis.article6").value("RECOGNISED_LEGITIMATE_INTEREST"))
                .andExpect(jsonPath("$.lawfulBasis.annex1Condition").value(6))
                .andExpect(jsonPath("$.sharingDate").value("2026-05-11"))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == 'lawful-basis.annex1.paragraph6')]").exists());
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "charity")
                        .content(facts("") + ", \"sharer\": {\"lawEnforcement\": false, \"publicAuthority\": false}, \"sharingDate\": \"2025-11-03\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lawfulBasis.article6").value("LEGITIMATE_INTERESTS"))
                .andExpect(jsonPath("$.lawfulBasis.annex1Condition").doesNotExist())
                .andExpect(jsonPath("$.ruleSet").value("dpa2018"))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == 'lawful-basis.legitimate-interests.balancing')]").exists());
    }

    @Test
    void answeringTheMashsRequestForItsPublicTaskIsAnnex1Paragraph1() throws Exception {
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "charity").content(facts("") + """
                        , "sharer": {"lawEnforcement": false, "publicAuthority": false}, "sharingDate": "2026-05-11",
                          "request": {"fromPublicAuthority": true, "statesPublicTask": true}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lawfulBasis.article6").value("RECOGNISED_LEGITIMATE_INTEREST"))
                .andExpect(jsonPath("$.lawfulBasis.annex1Condition").value(1));
    }

    @Test
    void aRecordedDecisionTakesTheSharerFromTheActingOrganisationAndKeepsItsDateAndRuleSet() throws Exception {
        String body = """
                {"facts": %s, "sharingDate": "2026-05-11"},
                 "decision": {"choice": "SHARE", "reasons": "Bruises seen at the family group", "purpose": "Referral",
                   "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                   "information": [{"category": "Injury seen", "summary": "Bruises on both arms", "kind": "FACT"}],
                   "method": "SECURE_EMAIL", "subjectInformed": "NOT_INFORMED", "notInformedReason": "It would increase the risk",
                   "consentNotSoughtReason": "Seeking it would increase the risk"}}"""
                .formatted(facts(""), jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single());
        mvc.perform(as(post("/api/v1/decisions"), "charity").content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].recommendation.lawfulBasis.article6").value("RECOGNISED_LEGITIMATE_INTEREST"))
                .andExpect(jsonPath("$.versions[0].recommendation.lawfulBasis.annex1Condition").value(6))
                .andExpect(jsonPath("$.versions[0].facts.sharer.publicAuthority").value(false));
        assertThat(jdbc.sql("select sharing_date::text || ' ' || rule_set from decision_version order by recorded_at desc limit 1")
                .query(String.class).single()).isEqualTo("2026-05-11 duaa2025");
    }

    @Test
    void legitimateInterestsNeedsTheThreeTestsRecorded() throws Exception {
        String body = """
                {"facts": %s, "sharingDate": "2025-11-03"},
                 "decision": {"choice": "SHARE", "reasons": "Bruises seen", "purpose": "Referral",
                   "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                   "information": [{"category": "Injury seen", "summary": "Bruises on both arms", "kind": "FACT"}],
                   "method": "SECURE_EMAIL", "subjectInformed": "WILL_INFORM", "consentNotSoughtReason": "It would increase the risk"%s}}""";
        String mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single();
        mvc.perform(as(post("/api/v1/decisions"), "charity").content(body.formatted(facts(""), mash, "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'legitimateInterests.balancing')]").exists());
        mvc.perform(as(post("/api/v1/decisions"), "charity").content(body.formatted(facts(""), mash, """
                        , "legitimateInterests": {"purpose": "Keeping the child safe", "necessity": "Only children's social care can act",
                          "balancing": "A child at risk of harm would expect us to act"}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[0].recommendation.lawfulBasis.article6").value("LEGITIMATE_INTERESTS"))
                .andExpect(jsonPath("$.versions[0].decision.legitimateInterests.necessity").value("Only children's social care can act"));
    }

    @Test
    void theGpsNextDecisionCitesTheDutyToShareOnceAnAdministratorSetsItsCommencement() throws Exception {
        String cin = facts(", \"coveredPerson\": true").replace("SIGNIFICANT_HARM_SUSPECTED", "CHILD_IN_NEED")
                .replace("\"seekingWouldIncreaseRisk\": true", "\"seekingWouldIncreaseRisk\": false");
        String evaluation = cin + ", \"sharer\": {\"lawEnforcement\": false, \"coveredPerson\": true}}";
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "surgery").content(evaluation))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("SEEK_CONSENT"))
                .andExpect(jsonPath("$.dutyToShare").doesNotExist());

        commenceDutyToShare(LocalDate.now(ZoneId.of("Europe/London")));

        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "surgery").content(evaluation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SHARE_WITHOUT_CONSENT"))
                .andExpect(jsonPath("$.dutyToShare").value("APPLIES"))
                .andExpect(jsonPath("$.lawfulBasis.article6").value("LEGAL_OBLIGATION"))
                .andExpect(jsonPath("$.reasons[?(@.ruleId == 'duty-to-share.s16la')]").exists());
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "surgery").content(cin.replace("\"buildingPicture\": false",
                        "\"buildingPicture\": false, \"sharingMoreDetrimental\": true") + ", \"sharer\": {\"lawEnforcement\": false, \"coveredPerson\": true}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SEEK_CONSENT"))
                .andExpect(jsonPath("$.dutyToShare").value("MORE_DETRIMENTAL"));
        mvc.perform(as(post("/api/v1/decision-support/evaluations"), "surgery").content(cin + ", \"sharingDate\": \"2026-05-11\","
                        + " \"sharer\": {\"lawEnforcement\": false, \"coveredPerson\": true}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dutyToShare").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'COMMENCEMENT_DATE_SET'").query(Long.class).single())
                .isPositive();
    }
}
