package org.safeshare.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeshare.consent.domain.Withdrawal;
import org.safeshare.decisions.DecisionChange;
import org.safeshare.decisions.Decisions;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rule for reads of a person's data: every page and endpoint that reads it writes exactly one view event naming the
 * records it read; a write writes its own event and no view; a read by id of another organisation's record is audited
 * as refused. Walks every such page and endpoint as the health visitor (and her organisation's partner system).
 */
@SafeshareTest
class ReadAuditTest {

    private static final String API = "health-visiting";
    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Consents consents;
    @Autowired Decisions decisions;
    @Autowired JsonMapper json;
    @Autowired ConsentWithdrawals withdrawals;

    private PersonId isla;
    private ConsentId consent;
    private UUID decision;

    @BeforeEach
    void islaWithAConsentAndADecision() {
        HealthVisitingFamily family = new HealthVisitingFamily(jdbc);
        isla = family.person("Isla");
        var nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        consent = ((ConsentChange.Recorded) consents.record(nadia, people.visible(nadia, isla), family.mothersConsent(consents.today(), null))).id();
        decision = ((DecisionChange.Recorded) decisions.record(nadia, Optional.of(people.visible(nadia, isla)), HealthVisitingFamily.earlyHelpFacts(json),
                family.shareWithEarlyHelp(consent.value()))).id().value();
    }

    static Stream<String> reads() {
        return Stream.of("/people/{person}", "SEARCH Isla", "/people/{person}/names/new", "/people/{person}/relationships/new",
                "/people/{person}/consents/new", "/people/{person}/capacity/new", "/people/{person}/grounds/new",
                "/decisions", "/decisions/{decision}", "/decisions/{decision}/correct",
                "/consents/{consent}", "/consents/{consent}/correction", "/consents/{consent}/withdrawal",
                "API /api/v1/people/{person}", "API SEARCH Isla", "API /api/v1/decisions/{decision}",
                "API /api/v1/people/{person}/decisions", "API /api/v1/consents/{consent}", "API /api/v1/people/{person}/consents",
                "API /api/v1/people/{person}/consent-position?purpose=EARLY_HELP");
    }

    @ParameterizedTest
    @MethodSource("reads")
    void everyReadOfAPersonsDataWritesExactlyOneViewEventWithTheRecordsItRead(String read) throws Exception {
        boolean api = read.startsWith("API ");
        String path = read.replace("API ", "").replace("{person}", isla.toString()).replace("{decision}", decision.toString())
                .replace("{consent}", consent.toString());
        UUID actor = api ? apiClient() : signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR).id();
        MockHttpServletRequestBuilder request = path.startsWith("/") ? get(path) : null;
        if (!api && path.equals("SEARCH Isla")) {
            // Search terms travel in a form post, never in the address; the read is the page it redirects to.
            var posted = mvc.perform(post("/people").param("q", "Isla").with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR))
                    .with(csrf())).andReturn().getResponse();
            request = get(posted.getRedirectedUrl()).cookie(posted.getCookie("SAFESHARE_SESSION"));
        } else if (api && path.equals("SEARCH Isla")) {
            request = post("/api/v1/people/searches").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Isla\"}");
        }
        long before = lastEvent();
        mvc.perform(api ? request.header("Authorization", "Bearer demo-" + API + "-token")
                : request.with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR))).andExpect(status().isOk());
        List<Map<String, Object>> written = eventsSince(before, actor);
        assertThat(written).as(read).hasSize(1);
        assertThat((String) written.getFirst().get("action")).matches(".*_(VIEWED|SEARCHED)");
        assertThat(written.getFirst().get("outcome")).isEqualTo("DONE");
        if (path.contains(isla.toString())) {
            assertThat((String) written.getFirst().get("touched")).as(read).contains("PERSON:" + isla);
        }
        if (path.contains(decision.toString())) {
            assertThat((String) written.getFirst().get("touched")).as(read).contains("DECISION:" + decision);
        }
        if (path.contains(consent.toString())) {
            assertThat((String) written.getFirst().get("touched")).as(read).contains("CONSENT:" + consent);
        }
    }

    @Test
    void thePersonsPageNamesTheDecisionsAndConsentsItShows() throws Exception {
        long before = lastEvent();
        mvc.perform(get("/people/" + isla).with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR))).andExpect(status().isOk());
        assertThat((String) eventsSince(before, signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR).id()).getFirst().get("touched"))
                .contains("PERSON:" + isla, "DECISION:" + decision, "CONSENT:" + consent);
    }

    @Test
    void aCorrectionWritesItsCorrectionAndNoView() throws Exception {
        long before = lastEvent();
        String body = "{\"facts\": " + HealthVisitingFamily.EARLY_HELP_FACTS + ", \"decision\": "
                + json.writeValueAsString(new HealthVisitingFamily(jdbc).shareWithEarlyHelp(consent.value())) + ", \"reason\": \"Reasons mistyped\"}";
        mvc.perform(post("/api/v1/decisions/" + decision + "/corrections").header("Authorization", "Bearer demo-" + API + "-token")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        assertThat(eventsSince(before, apiClient())).extracting(e -> e.get("action")).containsExactly("DECISION_CORRECTED");

        before = lastEvent();
        mvc.perform(post("/api/v1/consents/" + consent + "/withdrawal").header("Authorization", "Bearer demo-" + API + "-token")
                .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawnOn\": \"" + consents.today() + "\", \"withdrawnBy\": \"Kate Brown\"}"))
                .andExpect(status().is2xxSuccessful());
        assertThat(eventsSince(before, apiClient())).extracting(e -> e.get("action")).containsExactly("CONSENT_WITHDRAWN");
    }

    @Test
    void noticeListsThatNameAPersonWriteOneViewEvent() throws Exception {
        var nadia = signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR);
        withdrawals.withdraw(nadia, consent, new Withdrawal(consents.today(), "Kate Brown", null, null, null));
        for (String[] read : new String[][] {{HealthVisitingFamily.HEALTH_VISITOR, "/consents/due"},
                {HealthVisitingFamily.EARLY_HELP, "/consents/withdrawals"}}) {
            long before = lastEvent();
            mvc.perform(get(read[1]).with(signedIn.as(read[0]))).andExpect(status().isOk());
            List<Map<String, Object>> written = eventsSince(before, signedIn.actor(read[0]).id());
            assertThat(written).as(read[1]).hasSize(1);
            assertThat((String) written.getFirst().get("touched")).as(read[1]).contains("CONSENT:" + consent);
        }
    }

    @Test
    void aReadByIdOfAnotherOrganisationsRecordIsAuditedAsRefused() throws Exception {
        String outsider = "dsl@oakfield-primary.example";
        for (String path : List.of("/people/" + isla, "/decisions/" + decision, "/consents/" + consent, "/api/v1/people/" + isla)) {
            long before = lastEvent();
            MockHttpServletRequestBuilder request = get(path);
            mvc.perform(path.startsWith("/api") ? request.header("Authorization", "Bearer demo-oakfield-token")
                    : request.with(signedIn.as(outsider))).andExpect(status().isNotFound());
            List<Map<String, Object>> written = jdbc.sql("select * from audit_event where id > :before and organisation_id = :o")
                    .param("before", before).param("o", signedIn.actor(outsider).organisationId()).query().listOfRows();
            assertThat(written).as(path).hasSize(1);
            assertThat(written.getFirst().get("outcome")).as(path).isEqualTo("REFUSED");
        }
    }

    private UUID apiClient() {
        return jdbc.sql("select c.id from api_client c join organisation o on o.id = c.organisation_id"
                + " where o.name = 'Riverside Health Visiting Service'").query(UUID.class).single();
    }

    private long lastEvent() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private List<Map<String, Object>> eventsSince(long before, UUID actor) {
        return jdbc.sql("select * from audit_event where id > :before and actor_id = :actor order by id").param("before", before)
                .param("actor", actor).query().listOfRows();
    }
}
