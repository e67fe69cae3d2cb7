package org.safeshare.consent;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every consent page and endpoint answers "not found" to anyone outside the organisation holding the person's record. */
@SafeshareTest
class ConsentAccessTest {

    private static final String[] OUTSIDERS = {HealthVisitingFamily.EARLY_HELP, "gp@brook-lane.example", "dsl@hillford-primary.example"};

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired Consents consents;
    @Autowired JdbcClient jdbc;

    private ConsentId recorded(PersonId isla) {
        HealthVisitingFamily family = new HealthVisitingFamily(jdbc);
        return ((ConsentChange.Recorded) consents.record(signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR), people.visible(signedIn.actor(HealthVisitingFamily.HEALTH_VISITOR), isla),
                family.mothersConsent(consents.today(), null))).id();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String key) {
        return request.header("Authorization", "Bearer demo-" + key + "-token");
    }

    @Test
    void consentPagesAreOnlyForTheOrganisationHoldingThePerson() throws Exception {
        PersonId isla = new HealthVisitingFamily(jdbc).person("Isla");
        ConsentId id = recorded(isla);
        String[] pages = {"/people/" + isla + "/consents/new", "/people/" + isla + "/capacity/new", "/people/" + isla + "/grounds/new",
                "/consents/" + id, "/consents/" + id + "/withdrawal", "/people/" + isla};
        for (String page : pages) {
            mvc.perform(get(page).with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR))).andExpect(status().isOk());
            for (String outsider : OUTSIDERS) {
                mvc.perform(get(page).with(signedIn.as(outsider))).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/consents/not-an-id").with(signedIn.as(HealthVisitingFamily.HEALTH_VISITOR))).andExpect(status().isNotFound());
        mvc.perform(get("/consents/grounds/" + java.util.UUID.randomUUID()).with(signedIn.as("dsl@oakfield-primary.example")))
                .andExpect(status().isNotFound());
        for (String list : new String[] {"/consents/due", "/consents/withdrawals"}) {
            mvc.perform(get(list).with(signedIn.as("safeguarding.lead@riverside-health.example"))).andExpect(status().isOk());
            mvc.perform(get(list).with(signedIn.as("admin@oakfield-primary.example"))).andExpect(status().isNotFound());
        }
    }

    @Test
    void theConsentApiIsOnlyForTheOrganisationHoldingThePerson() throws Exception {
        PersonId isla = new HealthVisitingFamily(jdbc).person("Isla");
        ConsentId id = recorded(isla);
        mvc.perform(bearer(get("/api/v1/consents/" + id), "health-visiting")).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].terms.giver.name").value("Kate Brown"));
        mvc.perform(bearer(get("/api/v1/people/" + isla + "/consents"), "health-visiting")).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/people/" + isla + "/consent-position").param("purpose", "EARLY_HELP"), "health-visiting"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GIVEN"));
        for (String outsider : new String[] {"early-help", "oakfield", "hillford"}) {
            mvc.perform(bearer(get("/api/v1/consents/" + id), outsider)).andExpect(status().isNotFound());
            mvc.perform(bearer(get("/api/v1/people/" + isla + "/consents"), outsider)).andExpect(status().isNotFound());
            mvc.perform(bearer(get("/api/v1/people/" + isla + "/consent-position").param("purpose", "EARLY_HELP"), outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(bearer(post("/api/v1/consents/" + id + "/withdrawal"), outsider).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"withdrawnOn\": \"" + consents.today() + "\", \"withdrawnBy\": \"Kate Brown\"}")).andExpect(status().isNotFound());
        }
    }

    @Test
    void theApiRefusesBadConsentWithAProblemPerField() throws Exception {
        PersonId isla = new HealthVisitingFamily(jdbc).person("Isla");
        String kate = new HealthVisitingFamily(jdbc).person("Kate").toString();
        mvc.perform(bearer(post("/api/v1/people/" + isla + "/consents"), "health-visiting").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"answer": "GIVEN", "giver": {"kind": "PERSON_WITH_PARENTAL_RESPONSIBILITY", "personId": "%s"},
                                 "told": {"whatWillHappen": "a", "whoWillBeTold": "b", "whoTheyMayTell": "c", "why": "d"},
                                 "scope": {"purposes": ["EARLY_HELP"], "recipientTypes": ["EARLY_HELP"], "informationCategories": ["Notes"]},
                                 "method": "WRITTEN", "givenOn": "2026-01-10", "expiresOn": "2026-01-01"}""".formatted(kate)))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The expiry date must be after the date consent was given")));
    }

    @Test
    void theConsentEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/consents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/consents/{id}/withdrawal'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/consents/{id}/corrections'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/consent-position'].get").exists());
    }
}
