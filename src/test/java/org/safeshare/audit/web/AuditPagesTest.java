package org.safeshare.audit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit pages show the trail to those who oversee it and are "not found" for everyone else. */
@SafeshareTest
class AuditPagesTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private UUID oakfieldAva() {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(UUID.class).single();
    }

    @Test
    void theHoldersDslSeesWhoViewedTheRecordAndTheLinkToIt() throws Exception {
        UUID ava = oakfieldAva();
        mvc.perform(get("/people/" + ava).with(signedIn.as("dsl@oakfield-primary.example")))
                .andExpect(content().string(containsString("Who has viewed or changed this record")));
        mvc.perform(get("/audit/people/" + ava).with(signedIn.as("dsl@oakfield-primary.example"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Viewed a person&#39;s record")))
                .andExpect(content().string(containsString("Oakfield Primary School")));
        mvc.perform(get("/people/" + ava).with(signedIn.as("teacher@oakfield-primary.example")))
                .andExpect(content().string(not(containsString("Who has viewed or changed this record"))));
    }

    @Test
    void thePartnershipAuditorSeesItToo() throws Exception {
        mvc.perform(get("/audit/people/" + oakfieldAva()).with(signedIn.as("auditor@riverside-csc.example"))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher@oakfield-primary.example", "dsl@riverside-academy.example", "dsl@hillford-primary.example",
            "admin@oakfield-primary.example", "gp@brook-lane.example"})
    void nobodyElseCanSeeAPersonsTrail(String email) throws Exception {
        mvc.perform(get("/audit/people/" + oakfieldAva()).with(signedIn.as(email))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/search").with(signedIn.as(email))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/search.csv").with(signedIn.as(email))).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownOrMalformedPersonIsNotFound() throws Exception {
        mvc.perform(get("/audit/people/" + UUID.randomUUID()).with(signedIn.as("auditor@riverside-csc.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/audit/people/not-an-id").with(signedIn.as("auditor@riverside-csc.example"))).andExpect(status().isNotFound());
    }

    @Test
    void aUsersActivityIsForTheirAdministratorAndAuditorsOnly() throws Exception {
        UUID teacher = signedIn.actor("teacher@oakfield-primary.example").id();
        mvc.perform(get("/audit/users/" + teacher).with(signedIn.as("admin@oakfield-primary.example"))).andExpect(status().isOk());
        mvc.perform(get("/audit/users/" + teacher).with(signedIn.as("auditor@riverside-csc.example"))).andExpect(status().isOk());
        mvc.perform(get("/audit/users/" + teacher).with(signedIn.as("admin@hillford-primary.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/users/" + teacher).with(signedIn.as("dsl@oakfield-primary.example"))).andExpect(status().isNotFound());
    }

    @Test
    void theAuditorSearchesByActionAndExportsCsv() throws Exception {
        String auditor = "auditor@riverside-csc.example";
        mvc.perform(get("/audit/search").param("action", "PERSON_VIEWED").with(signedIn.as(auditor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Download these events as CSV")));
        mvc.perform(get("/audit/search").param("from", "27/3/2026").with(signedIn.as(auditor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the from date as year-month-day")));
        mvc.perform(get("/audit/search.csv").param("action", "PERSON_VIEWED").with(signedIn.as(auditor))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("id,occurred_at,action")));
    }
}
