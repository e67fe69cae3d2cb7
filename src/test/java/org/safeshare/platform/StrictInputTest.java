package org.safeshare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safeshare.support.LiveSession;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Input limits and strict JSON: request bodies are capped, every list is capped, JSON values are
 * never coerced from another kind, a duplicated key is refused, and impossible dates are refused,
 * each refusal naming its field.
 */
@SafeshareTest
class StrictInputTest {

    /** Valid facts, varied one value at a time. */
    private static final String FACTS = org.safeshare.decisions.DecisionApiTest.FACTS;

    private static final String PERSON = """
            {"kind":"CHILD","givenName":"Remy","familyName":"Strict","dateOfBirth":"2017-06-01","sex":"MALE"}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer demo-oakfield-token").contentType(MediaType.APPLICATION_JSON);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String decision(String information, String sharedAt) {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        String mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single();
        return """
                {"personId": "%s", "facts": %s,
                 "decision": {"choice": "SHARE", "reasons": "Bruising seen", "purpose": "Referral",
                   "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                   "information": [%s], "method": "SECURE_EMAIL", "sharedAt": "%s", "subjectInformed": "NOT_INFORMED",
                   "notInformedReason": "It would increase the risk", "consentNotSoughtReason": "It would increase the risk"}}"""
                .formatted(ava, FACTS, mash, information, sharedAt);
    }

    private static String items(int n) {
        return IntStream.range(0, n).mapToObj(i -> "{\"category\": \"Injury seen\", \"summary\": \"Bruises\", \"kind\": \"FACT\"}")
                .collect(Collectors.joining(","));
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413BeforeItIsRead() throws Exception {
        String huge = PERSON.replace("\"Remy\"", "\"" + "x".repeat(2 * 1024 * 1024) + "\"");
        mvc.perform(api(post("/api/v1/people")).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
    }

    @Test
    void aStreamedBodyOverTheCapIsRefusedToo() {
        byte[] huge = PERSON.replace("\"Remy\"", "\"" + "x".repeat(2 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = LiveSession.anonymous(port).send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/people"))
                .header("Authorization", "Bearer demo-oakfield-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void aFormOverTheCapGetsA413Page() {
        LiveSession teacher = LiveSession.signedIn(port, "teacher@oakfield-primary.example");
        HttpResponse<String> response = teacher.post("/people/new", Map.of("givenName", "x".repeat(2 * 1024 * 1024)), true);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("govuk-header").doesNotContain("Exception");
    }

    @Test
    void aFractionIsNotAWholeNumber() throws Exception {
        mvc.perform(api(post("/api/v1/decision-support/evaluations")).content(FACTS.replace("\"ageYears\": 11", "\"ageYears\": 1.5")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject.ageYears"));
        mvc.perform(api(post("/api/v1/decision-support/evaluations")).content(FACTS.replace("\"ageYears\": 11", "\"ageYears\": \"11\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject.ageYears"));
    }

    @Test
    void aNumberIsNotAName() throws Exception {
        long before = count("person");
        mvc.perform(api(post("/api/v1/people")).content(PERSON.replace("\"Remy\"", "123")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"));
        mvc.perform(api(post("/api/v1/decision-support/evaluations")).content(FACTS.replace("\"adultAtRisk\": false", "\"adultAtRisk\": \"false\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject.adultAtRisk"));
        assertThat(count("person")).isEqualTo(before);
    }

    /** A misspelt field would otherwise be dropped without a word, and the record saved without what it carried. */
    @Test
    void aFieldTheRequestDoesNotHaveIsRefusedWithItsNameNotDropped() throws Exception {
        long before = count("person");
        mvc.perform(api(post("/api/v1/people")).content(PERSON.replace("\"givenName\":\"Remy\"", "\"givenName\":\"Remy\",\"nhsNumbr\":\"9990000018\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nhsNumbr"))
                .andExpect(jsonPath("$.errors[0].detail").value("This is not a field of this request: check its spelling, or remove it"));
        mvc.perform(api(post("/api/v1/decision-support/evaluations")).content(FACTS.replace("\"ageYears\": 11", "\"ageYears\": 11, \"ageYaers\": 12")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject.ageYaers"));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aDuplicatedKeyIsRefusedWithItsFieldNamed() throws Exception {
        long before = count("person");
        mvc.perform(api(post("/api/v1/people")).content(PERSON.replace("\"givenName\":\"Remy\"", "\"givenName\":\"Remy\",\"givenName\":\"Ava\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"));
        mvc.perform(api(post("/api/v1/decision-support/evaluations")).content(FACTS.replace("\"ageYears\": 11", "\"ageYears\": 11, \"ageYears\": 12")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject.ageYears"));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aDecisionWithTooManyInformationItemsIsRefused() throws Exception {
        long before = count("decision_version");
        mvc.perform(api(post("/api/v1/decisions")).content(decision(items(2_000), "2026-11-30T10:00:00Z")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("information"));
        assertThat(count("decision_version")).isEqualTo(before);
    }

    @Test
    void aDecisionSharedInTheFutureOrLongAgoIsRefused() throws Exception {
        long before = count("decision_version");
        for (String impossible : new String[] {"2999-01-01T00:00:00Z", "1066-10-14T09:00:00Z"}) {
            mvc.perform(api(post("/api/v1/decisions")).content(decision(items(1), impossible)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("sharedAt"));
        }
        assertThat(count("decision_version")).isEqualTo(before);
    }
}
