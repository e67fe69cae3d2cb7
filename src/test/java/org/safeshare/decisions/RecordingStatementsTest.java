package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FrameworkServlet;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording a decision through the API is the service's busiest write (docs/performance.md): the statements it runs,
 * counted on the service's own connections, so that one added on the way shows here.
 */
@SafeshareTest
class RecordingStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired ObservationRegistry observations;
    @Autowired DispatcherServlet dispatcherServlet;

    private String body() {
        String ava = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
        String mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(String.class).single();
        return """
                {"personId": "%s", "facts": %s,
                 "decision": {"choice": "SHARE", "reasons": "Bruising seen", "purpose": "Referral",
                   "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                   "information": [{"category": "Injury seen", "summary": "Bruises", "kind": "FACT"}],
                   "method": "SECURE_EMAIL", "subjectInformed": "NOT_INFORMED",
                   "notInformedReason": "Risk", "consentNotSoughtReason": "Seeking it would increase the risk"}}"""
                .formatted(ava, DecisionApiTest.FACTS, mash);
    }

    private Statements.Observed record() throws Exception {
        String body = body();
        return Statements.observed(() -> mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer demo-oakfield-token")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    @Test
    void recordingADecisionThroughTheApiRunsAFixedShortListOfStatements() throws Exception {
        record();
        Statements.Observed observed = record();
        List<String> statements = observed.statements();
        // The token, the caller's organisation as a sharer (one row, read once for the request), the guarded read of the
        // person (row, other names, addresses and relationships in one statement: the VisiblePerson capability, ADR 0012), the receiving
        // organisation, the law in force, the decision with its first version and recipient (one statement), the agreements
        // the sharer is party to, the review list entry when none covers the sharing, the audit event: 9 (18 before: the
        // acting organisation was read three times, the person in four statements, the record read back for the response;
        // 10 while the decision and its first version were two statements).
        assertThat(statements).as("statements: %s", statements).hasSize(9);
        assertThat(statements.stream().filter(sql -> sql.contains("insert into decision ")))
                .as("the decision is created in its first version's statement").hasSize(1)
                .allMatch(sql -> sql.contains("insert into decision_version"));
        assertThat(statements.stream().filter(sql -> sql.contains("o.covered_by_duty_to_share")))
                .as("the acting organisation's standing read once, the receiving one's once").hasSize(2);
        assertThat(statements).as("the response is the record as written, not read back")
                .noneMatch(sql -> sql.contains("join decision_version v on v.decision_id = d.id"));
        assertThat(statements).as("no whole organisation (identifiers, contact points) is read to record a decision")
                .noneMatch(sql -> sql.contains("organisation_identifier") || sql.contains("organisation_contact_point"));
        assertThat(statements).as("a first version has no earlier consent reliance to replace")
                .noneMatch(sql -> sql.contains("delete from consent_reliance"));
        // Authentication in one transaction, the guarded read and the recording in one more (5 before): under load each
        // checkout is a wait in the pool's queue.
        assertThat(observed.checkouts()).as("connections taken from the pool").isEqualTo(2);
    }

    @Test
    void theRecordAnsweredIsTheRecordAsStored() throws Exception {
        String created = mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer demo-oakfield-token")
                .contentType(MediaType.APPLICATION_JSON).content(body())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String id = json.readTree(created).get("id").asString();
        String read = mvc.perform(get("/api/v1/decisions/" + id).header("Authorization", "Bearer demo-oakfield-token"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(created)).isEqualTo(json.readTree(read));

        String corrected = mvc.perform(post("/api/v1/decisions/" + id + "/corrections").header("Authorization", "Bearer demo-oakfield-token")
                .contentType(MediaType.APPLICATION_JSON).content(body().replaceFirst("\\{\"personId\": \"[^\"]*\",", "{\"reason\": \"Mistyped\",")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reread = mvc.perform(get("/api/v1/decisions/" + id).header("Authorization", "Bearer demo-oakfield-token"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(corrected)).isEqualTo(json.readTree(reread));
        assertThat(json.readTree(corrected).get("versions")).hasSize(2);
    }

    @Test
    void theServiceDispatcherPublishesNoRequestHandledEvent() {
        // Nothing listens to it, and each one went through the event multicaster (docs/performance.md). Read from the
        // service's own DispatcherServlet: MockMvc dispatches through a servlet of its own, which ignores the setting.
        assertThat(ReflectionTestUtils.getField(dispatcherServlet, FrameworkServlet.class, "publishEvents")).isEqualTo(false);
    }

    @Test
    void theSecurityFilterChainIsNotTimedFilterByFilter() {
        // Spring Security times every filter of the chain, and the request around it, with observations of their own,
        // each started and stopped with its meters: about 7% of the service's CPU samples while recording decisions
        // (docs/performance.md). The request as a
        // whole is still timed (http.server.requests).
        assertThat(Observation.createNotStarted("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("spring.security.http.secured.requests", observations).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("spring.security.authorizations", observations).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("http.server.requests", observations).isNoop()).isFalse();
    }
}
