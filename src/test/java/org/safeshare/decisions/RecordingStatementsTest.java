package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recording a decision through the API is the service's busiest write (docs/performance.md): the statements it runs,
 * counted on the service's own connections, so that one added on the way shows here.
 */
@SafeshareTest
class RecordingStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

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

    private List<String> record() throws Exception {
        String body = body();
        return Statements.during(() -> mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer demo-oakfield-token")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    @Test
    void recordingADecisionThroughTheApiRunsAFixedShortListOfStatements() throws Exception {
        record();
        List<String> statements = record();
        // The token and the caller's organisation (one row), the guarded read of the person (row, other names,
        // addresses, relationships: the VisiblePerson capability, ADR 0012), the acting and the receiving organisation,
        // the law in force, the decision and its version, whether an agreement covers the sharing (the sharer's
        // partnership, its agreements, and the review list entry when none does), the audit event, then the record as
        // the response shows it with its recorder's and organisations' names: 18.
        assertThat(statements).as("statements: %s", statements).hasSize(18);
        assertThat(statements).as("no whole organisation (identifiers, contact points) is read to record a decision")
                .noneMatch(sql -> sql.contains("organisation_identifier") || sql.contains("organisation_contact_point"));
        assertThat(statements).as("a first version has no earlier consent reliance to replace")
                .noneMatch(sql -> sql.contains("delete from consent_reliance"));
    }
}
