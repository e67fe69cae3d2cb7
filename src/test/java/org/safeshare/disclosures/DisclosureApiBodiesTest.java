package org.safeshare.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.disclosures.DisclosureTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.JsonPaths;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The disclosure API's bodies are its own records with its own enumerations (ADR 0022): a disclosure sent with every
 * field the API has always taken reads back, to its sender, with the fields it has always had, whatever the domain calls
 * its item kinds, person fields, identity roles and release states.
 */
@SafeshareTest
class DisclosureApiBodiesTest {

    /**
     * Every field of a disclosure as its sender reads it once a recipient opened it, one item is awaiting release and
     * another was recalled, as returned since the first version (absent values are left out).
     */
    private static final String FIELDS = """
            id role senderOrganisation sentBy recipientOrganisationId recipientOrganisation recipients[] recipients[].id
            recipients[].name recipients[].partnerSystem recipients[].acknowledgedAt recipients[].openedAt recipients[].team personId
            decisionId sentAt hasConditions conditions opened purpose transparency transparency.told transparency.toldOn
            transparency.toldBy items[] items[].id items[].position items[].kind items[].field items[].label items[].value items[].text
            items[].source items[].identities[] items[].identities[].role items[].identities[].name items[].identitiesAtRisk
            items[].release items[].releaseReason items[].recalled items[].recalled.at items[].recalled.reason""";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired JsonMapper json;
    DisclosureTestData exchange;

    @BeforeEach
    void exchange() {
        exchange = new DisclosureTestData(mvc, jdbc, signedIn);
    }

    @Test
    void aDisclosureSentWithEveryFieldReadsBackWithTheFieldsItHasAlwaysHad() throws Exception {
        String sent = """
                {"personId": "%s", "decisionId": "%s", "requestId": null, "recipients": ["%s", "%s"],
                 "purpose": "So the MASH can decide on a strategy discussion", "fields": ["NAME", "DATE_OF_BIRTH", "NHS_NUMBER"],
                 "items": [{"kind": "FACT", "text": "Joan Pike, the neighbour, heard shouting on 28 November",
                            "source": "Telephone call from Joan Pike", "identities": [{"role": "REFERRER", "name": "Joan Pike"}]},
                           {"kind": "OPINION", "text": "Ava seemed withdrawn this week", "source": "Class teacher", "identities": []},
                           {"kind": "HISTORICAL", "text": "Sam Lowe, her childminder, noted lateness twice in spring", "source": "School log",
                            "identities": [{"role": "THIRD_PARTY", "name": "Sam Lowe"}]}],
                 "conditions": "Do not share onward without asking Oakfield",
                 "transparency": {"told": true, "toldOn": "%s", "toldBy": "Dana Shah, DSL", "notToldReason": null}}"""
                .formatted(exchange.ava(), exchange.decisionToShareWith("Riverside MASH"), exchange.mashOfficer(),
                        exchange.partnerSystem("Riverside MASH"), LocalDate.now().minusDays(1));
        String id = exchange.send(sent);
        String at = "/api/v1/disclosures/" + id;
        mvc.perform(as(post(at + "/opening"), "mash").content("{\"conditionsAcknowledged\": true}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[3].kind").value("FACT")).andExpect(jsonPath("$.items[3].release").value("REDACTED"));
        mvc.perform(as(post(at + "/items/" + exchange.item(id, 4) + "/release-request"), "oakfield")
                .content("{\"reason\": \"The MASH must call her back\"}")).andExpect(status().isOk());
        mvc.perform(as(post(at + "/recall"), "oakfield").content("{\"itemId\": \"" + exchange.item(id, 5) + "\", \"reason\": \"Wrong child\"}"))
                .andExpect(status().isOk());

        JsonNode read = json.readTree(mvc.perform(as(get(at), "oakfield")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        TreeSet<String> fields = JsonPaths.of(read);
        assertThat(fields).isEqualTo(new TreeSet<>(List.of(FIELDS.strip().split("\\s+"))));
        assertThat(each(read.path("items"), "kind")).containsExactly("FIELD", "FIELD", "FIELD", "FACT", "OPINION", "HISTORICAL");
        assertThat(each(read.path("items"), "field").subList(0, 3)).containsExactly("NAME", "DATE_OF_BIRTH", "NHS_NUMBER");
        assertThat(each(read.path("items"), "release")).containsExactly("NONE", "NONE", "NONE", "REQUESTED", "NONE", "REDACTED");
        assertThat(read.path("items").path(5).path("identities").path(0).path("role").asString()).isEqualTo("THIRD_PARTY");
    }

    @Test
    void theOpenApiDocumentListsTheDisclosureValuesForTheRequestAndTheResponseApart() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.NewDisclosureItem.properties.kind.enum")
                        .value(Matchers.contains("FIELD", "FACT", "OPINION", "HISTORICAL")))
                .andExpect(jsonPath("$.components.schemas.NewDisclosureIdentity.properties.role.enum")
                        .value(Matchers.contains("REFERRER", "THIRD_PARTY")))
                .andExpect(jsonPath("$.components.schemas.NewDisclosureJson.properties.fields.items.enum[0]").value("NAME"))
                .andExpect(jsonPath("$.components.schemas.ItemJson.properties.release.enum")
                        .value(Matchers.contains("NONE", "REDACTED", "REQUESTED", "RELEASED", "REFUSED")))
                .andExpect(jsonPath("$.components.schemas.ItemJson.properties.kind.enum[0]").value("FIELD"));
    }

    private static List<String> each(JsonNode array, String field) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(element -> values.add(element.path(field).isString() ? element.path(field).asString() : null));
        return values;
    }

}
