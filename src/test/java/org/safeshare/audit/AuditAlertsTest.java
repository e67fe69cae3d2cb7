package org.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A view of a child's record from outside the holding organisation, made with a stated purpose (the
 * justification routes such as break-glass), alerts the holder's DSL; views from inside, or without a
 * purpose, do not. The DSL acknowledges it; nobody else sees or acknowledges it.
 */
@SafeshareTest
class AuditAlertsTest {

    @Autowired Audit audit;
    @Autowired AuditAlerts alerts;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;

    private UUID ava() {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(UUID.class).single();
    }

    private void view(String email, String purpose) {
        AuditEvent event = AuditEvent.of(signedIn.actor(email), AuditAction.PERSON_VIEWED).about(ava());
        transaction.executeWithoutResult(t -> audit.record(purpose == null ? event : event.purpose(purpose)));
    }

    private long alertsFor(String purpose) {
        return alerts.open(signedIn.actor("dsl@oakfield-primary.example")).stream().filter(a -> a.purpose().equals(purpose)).count();
    }

    @Test
    void anOutsideJustifiedViewAlertsTheHoldersDslWhoAcknowledgesIt() throws Exception {
        String purpose = "BREAK_GLASS_" + UUID.randomUUID().toString().substring(0, 8);
        view("ed.nurse@riverside-hospital.example", purpose);
        assertThat(alertsFor(purpose)).isEqualTo(1);

        mvc.perform(get("/audit/alerts").with(signedIn.as("dsl@oakfield-primary.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(purpose)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Riverside General Hospital")));
        UUID alert = alerts.open(signedIn.actor("dsl@oakfield-primary.example")).stream()
                .filter(a -> a.purpose().equals(purpose)).findFirst().orElseThrow().id();

        mvc.perform(post("/audit/alerts/" + alert + "/acknowledge").with(signedIn.as("teacher@oakfield-primary.example")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/audit/alerts/" + alert + "/acknowledge").with(signedIn.as("dsl@hillford-primary.example")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/audit/alerts").with(signedIn.as("dsl@hillford-primary.example")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(purpose))));
        assertThat(alertsFor(purpose)).isEqualTo(1);

        mvc.perform(post("/audit/alerts/" + alert + "/acknowledge").with(signedIn.as("dsl@oakfield-primary.example")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(alertsFor(purpose)).isZero();
    }

    @Test
    void insideViewsAndViewsWithoutAPurposeRaiseNoAlert() {
        String purpose = "BREAK_GLASS_" + UUID.randomUUID().toString().substring(0, 8);
        view("teacher@oakfield-primary.example", purpose);
        assertThat(alertsFor(purpose)).isZero();
        long before = jdbc.sql("select count(*) from audit_alert").query(Long.class).single();
        view("ed.nurse@riverside-hospital.example", null);
        assertThat(jdbc.sql("select count(*) from audit_alert").query(Long.class).single()).isEqualTo(before);
    }
}
