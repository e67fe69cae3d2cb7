package org.safeshare.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.disclosures.DisclosureTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API for releasing a withheld identity on a DSL's approval, and for recording a sharing that happened outside
 * Safeshare with its checks: problem details naming the field for bad input, and "not found" for anyone not entitled.
 */
@SafeshareTest
class ReleaseAndSharingOutsideApiTest {

    static final String OAKFIELD_DSL = "dsl@oakfield-primary.example";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    DisclosureTestData exchange;

    @BeforeEach
    void exchange() {
        exchange = new DisclosureTestData(mvc, jdbc, signedIn);
    }

    private MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder request, String email) {
        return request.with(signedIn.as(email)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void theSenderAsksADslWhoReleasesTheNeighboursNameToTheRecipient() throws Exception {
        String id = exchange.sendToMash();
        String item = exchange.item(id, 3);
        String path = "/api/v1/disclosures/" + id + "/items/" + item;
        mvc.perform(as(post(path + "/release-request"), "oakfield").content("{\"reason\": \"\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        for (String other : new String[] {"mash", "police", "hillford"}) {
            mvc.perform(as(post(path + "/release-request"), other).content("{\"reason\": \"The MASH must call her back\"}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(as(post(path + "/release-request"), "oakfield").content("{\"reason\": \"The MASH must call her back\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[2].release").value("REQUESTED"));
        // Only a DSL of the sending organisation reads the item to decide: not a teacher there, not its partner system.
        mvc.perform(asUser(get(path + "/release-request"), "teacher@oakfield-primary.example")).andExpect(status().isNotFound());
        mvc.perform(as(get(path + "/release-request"), "oakfield")).andExpect(status().isNotFound());
        mvc.perform(asUser(get(path + "/release-request"), "dsl@riverside-academy.example")).andExpect(status().isNotFound());
        mvc.perform(asUser(get(path + "/release-request"), OAKFIELD_DSL)).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Joan Pike, the neighbour, heard shouting and crying on 28 November"))
                .andExpect(jsonPath("$.reason").value("The MASH must call her back"));
        mvc.perform(asUser(post(path + "/release-decision"), OAKFIELD_DSL).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("release"));
        mvc.perform(as(post(path + "/release-decision"), "oakfield").content("{\"release\": true}")).andExpect(status().isNotFound());
        mvc.perform(asUser(post(path + "/release-decision"), OAKFIELD_DSL).content("{\"release\": true}")).andExpect(status().isNoContent());
        mvc.perform(as(post("/api/v1/disclosures/" + id + "/opening"), "mash").content("{\"conditionsAcknowledged\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[2].release").value("RELEASED"))
                .andExpect(jsonPath("$.items[2].text").value("Joan Pike, the neighbour, heard shouting and crying on 28 November"));
        assertThat(audited(id, "REDACTION_RELEASE_REQUESTED")).isEqualTo(1);
        assertThat(audited(id, "REDACTION_RELEASE_DECIDED")).isEqualTo(1);
    }

    @Test
    void aTelephoneSharingIsRecordedWithItsCallBackIdentityCheckAndReadByTheRecorderOnly() throws Exception {
        String decision = exchange.decisionToShareWith("Riverside MASH");
        String body = """
                {"decisionId": "%s", "method": "TELEPHONE", "sharedOn": "2026-11-30",
                 "checks": {"calledBackKnownNumber": true, "identityChecked": true, "entitlementChecked": true},
                 "notes": "Called the MASH duty line back on the directory number"}""".formatted(decision);
        String location = mvc.perform(as(post("/api/v1/people/" + exchange.ava() + "/sharing-outside"), "oakfield").content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("TELEPHONE"))
                .andExpect(jsonPath("$.checks.calledBackKnownNumber").value(true))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(as(get(location), "oakfield")).andExpect(status().isOk()).andExpect(jsonPath("$.decisionId").value(decision));
        for (String other : new String[] {"mash", "academy", "hillford"}) {
            mvc.perform(as(get(location), other)).andExpect(status().isNotFound());
        }
        mvc.perform(as(post("/api/v1/people/" + exchange.ava() + "/sharing-outside"), "hillford").content(body))
                .andExpect(status().isNotFound());
        String id = location.replace("/api/v1/sharing-outside/", "");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SHARING_OUTSIDE_RECORDED' and touched::text like ?")
                .param("%" + id + "%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eachMethodsMissingChecksAreNamedAsProblemDetails() throws Exception {
        String decision = exchange.decisionToShareWith("Riverside MASH");
        String path = "/api/v1/people/" + exchange.ava() + "/sharing-outside";
        mvc.perform(as(post(path), "oakfield").content("""
                {"decisionId": "%s", "method": "TELEPHONE", "sharedOn": "2026-11-30", "checks": {"calledBackKnownNumber": true}}"""
                .formatted(decision)))
                .andExpect(status().isUnprocessableContent()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("checks"));
        mvc.perform(as(post(path), "oakfield").content("""
                {"decisionId": "%s", "method": "MEETING", "sharedOn": "2026-11-30", "checks": {"attendees": []}}""".formatted(decision)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("checks.attendees", "checks.allNeedToKnow")));
        mvc.perform(as(post(path), "oakfield").content("""
                {"decisionId": "%s", "method": "LETTER", "sharedOn": "2099-01-01", "checks": {}}""".formatted(decision)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("sharedOn", "checks.addressDoubleChecked")));
        mvc.perform(as(post(path), "oakfield").content("""
                {"decisionId": "%s", "method": "FAX", "sharedOn": "2026-11-30"}""".formatted(decision)))
                .andExpect(status().is4xxClientError()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as(post(path), "oakfield").content("""
                {"decisionId": "%s", "method": "SECURE_EMAIL", "sharedOn": "2026-11-30", "checks": {"bothEndsSecure": true},
                 "notes": "%s"}""".formatted(decision, "x".repeat(2001))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("notes"));
    }

    private int audited(String disclosure, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and outcome = 'DONE' and touched::text like ?").params(action, "%" + disclosure + "%")
                .query(Integer.class).single();
    }
}
