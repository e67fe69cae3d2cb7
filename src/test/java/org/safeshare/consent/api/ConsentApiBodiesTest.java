package org.safeshare.consent.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.safeshare.consent.Consents;
import org.safeshare.support.JsonPaths;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consent API's records have the fields they have always had, whatever the domain calls them (ADR 0013): a consent
 * recorded and withdrawn through the API, with every field, reads back with exactly these fields.
 */
@SafeshareTest
class ConsentApiBodiesTest {

    /**
     * Every field of a consent record as returned since the first version of the API, but for the person's id: a plain
     * UUID since 2 December 2026, as documented; before, a domain type leaked {"value": ...} (ADR 0022).
     */
    private static final String FIELDS = """
            id organisationId personId versions[] versions[].version versions[].recordedAt versions[].recordedBy
            versions[].terms versions[].terms.answer versions[].terms.giver versions[].terms.giver.kind versions[].terms.giver.personId
            versions[].terms.giver.name versions[].terms.giver.basis versions[].terms.told versions[].terms.told.whatWillHappen
            versions[].terms.told.whoWillBeTold versions[].terms.told.whoTheyMayTell versions[].terms.told.why versions[].terms.scope
            versions[].terms.scope.purposes[] versions[].terms.scope.recipientOrganisations[] versions[].terms.scope.recipientTypes[]
            versions[].terms.scope.informationCategories[] versions[].terms.method versions[].terms.evidence versions[].terms.givenOn
            versions[].terms.expiresOn versions[].terms.childViews withdrawal withdrawal.withdrawal withdrawal.withdrawal.withdrawnOn
            withdrawal.withdrawal.withdrawnBy withdrawal.withdrawal.purposes[] withdrawal.withdrawal.recipientOrganisations[]
            withdrawal.withdrawal.note withdrawal.recordedAt withdrawal.recordedBy""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired Consents consents;

    private String brown(String givenName) {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Riverside Health Visiting Service' and p.given_name = ? and p.family_name = 'Brown'")
                .param(givenName).query(String.class).single();
    }

    private static MockHttpServletRequestBuilder asHealthVisiting(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer demo-health-visiting-token").contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aConsentRecordReadsBackWithTheFieldsTheApiHasAlwaysHad() throws Exception {
        String isla = brown("Isla");
        String kate = brown("Kate");
        String earlyHelp = jdbc.sql("select id from organisation where name = 'Riverside Early Help'").query(String.class).single();
        LocalDate today = consents.today();
        String terms = """
                {"answer": "GIVEN", "giver": {"kind": "PERSON_WITH_PARENTAL_RESPONSIBILITY", "personId": "%s"},
                 "told": {"whatWillHappen": "Kept on the early help record", "whoWillBeTold": "The early help family worker",
                          "whoTheyMayTell": "No one else without asking first", "why": "So the family can get early help"},
                 "scope": {"purposes": ["EARLY_HELP"], "recipientOrganisations": ["%s"], "recipientTypes": ["EARLY_HELP"],
                           "informationCategories": ["Health visiting notes"]},
                 "method": "WRITTEN", "evidence": "Signed form", "givenOn": "%s", "expiresOn": "%s",
                 "childViews": "Too young to give a view"}""".formatted(kate, earlyHelp, today, today.plusMonths(6));
        String location = mvc.perform(asHealthVisiting(post("/api/v1/people/" + isla + "/consents")).content(terms)).andReturn()
                .getResponse().getHeader("Location");
        assertThat(location).as("recorded").isNotNull();
        String withdrawal = """
                {"withdrawnOn": "%s", "withdrawnBy": "Kate", "purposes": ["EARLY_HELP"], "recipientOrganisations": ["%s"],
                 "note": "Kate phoned"}""".formatted(today, earlyHelp);
        mvc.perform(asHealthVisiting(post(location + "/withdrawal")).content(withdrawal));

        JsonNode read = json.readTree(mvc.perform(asHealthVisiting(get(location))).andReturn().getResponse().getContentAsString());

        TreeSet<String> fields = JsonPaths.of(read);
        assertThat(fields).isEqualTo(new TreeSet<>(java.util.List.of(FIELDS.split("\\s+"))));
        assertThat(read.path("versions").path(0).path("terms").path("giver").path("kind").asString())
                .isEqualTo("PERSON_WITH_PARENTAL_RESPONSIBILITY");
        assertThat(read.path("personId").asString()).isEqualTo(isla);
        assertThat(read.path("id").asString()).isEqualTo(location.substring(location.lastIndexOf('/') + 1));

        JsonNode position = json.readTree(mvc.perform(asHealthVisiting(get("/api/v1/people/" + isla + "/consent-position"))
                .param("purpose", "EARLY_HELP")).andReturn().getResponse().getContentAsString());
        TreeSet<String> positionFields = JsonPaths.of(position);
        assertThat(positionFields).isEqualTo(new TreeSet<>(java.util.List.of(POSITION_FIELDS.strip().split("\\s+"))));
        assertThat(position.path("status").asString()).isEqualTo("WITHDRAWN");
    }

    /**
     * The consent position's fields as returned since the first version (when it was the domain type itself), for a child
     * too young to consent whose mother's consent for the purpose was withdrawn; absent parts are null.
     */
    private static final String POSITION_FIELDS = """
            status whoMayConsent whoMayConsent.who whoMayConsent.reason whoMayConsent.assessment consent consent.id consent.terms
            consent.terms.answer consent.terms.giver consent.terms.giver.kind consent.terms.giver.personId consent.terms.giver.name
            consent.terms.giver.basis consent.terms.told consent.terms.told.whatWillHappen consent.terms.told.whoWillBeTold
            consent.terms.told.whoTheyMayTell consent.terms.told.why consent.terms.scope consent.terms.scope.purposes[]
            consent.terms.scope.recipientOrganisations[] consent.terms.scope.recipientTypes[] consent.terms.scope.informationCategories[]
            consent.terms.method consent.terms.evidence consent.terms.givenOn consent.terms.expiresOn consent.terms.childViews
            consent.recordedAt consent.withdrawal consent.withdrawal.withdrawnOn consent.withdrawal.withdrawnBy consent.withdrawal.purposes[]
            consent.withdrawal.recipientOrganisations[] consent.withdrawal.note ground explanation""";

    @Test
    void theOpenApiDocumentDescribesTheIdsAsUuidsAndTheValuesAsTheApisOwnLists() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ConsentRecord.properties.personId.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.ConsentRecord.properties.personId.format").value("uuid"))
                .andExpect(jsonPath("$.components.schemas.ConsentRecord.properties.id.format").value("uuid"))
                .andExpect(jsonPath("$.components.schemas.ConsentTerms.properties.answer.enum").value(org.hamcrest.Matchers.contains("GIVEN", "REFUSED")))
                .andExpect(jsonPath("$.components.schemas.ConsentPosition.properties.status.enum[0]").value("GIVEN"));
    }

    @Test
    void theApiStillKnowsNoOtherKindOfGiverThanItsFour() throws Exception {
        // The shared vocabulary has "someone else" for the decision engine; the consent API never took it.
        mvc.perform(asHealthVisiting(post("/api/v1/people/" + brown("Isla") + "/consents"))
                        .content("{\"answer\": \"GIVEN\", \"giver\": {\"kind\": \"OTHER\", \"name\": \"A neighbour\"}}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("giver.kind"))
                .andExpect(jsonPath("$.errors[0].detail").value(
                        "Use one of: SUBJECT, PERSON_WITH_PARENTAL_RESPONSIBILITY, ATTORNEY, COURT_OF_PROTECTION_DEPUTY"));
    }

}
