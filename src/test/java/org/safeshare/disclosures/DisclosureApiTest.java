package org.safeshare.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeshare.disclosures.DisclosureTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The disclosure API: send, read before and after opening, recall, lists; and refusals with the field named. */
@SafeshareTest
class DisclosureApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    DisclosureTestData exchange;

    @BeforeEach
    void exchange() {
        exchange = new DisclosureTestData(mvc, jdbc, signedIn);
    }

    @Test
    void aRecipientSeesConditionsFirstThenOpensAndReadsTheReferrerWithheld() throws Exception {
        String id = exchange.sendToMash();
        mvc.perform(as(get("/api/v1/disclosures/" + id), "mash")).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("RECIPIENT"))
                .andExpect(jsonPath("$.conditions").value("Do not share onward without asking Oakfield"))
                .andExpect(jsonPath("$.purpose").doesNotExist())
                .andExpect(jsonPath("$.personId").doesNotExist())
                .andExpect(jsonPath("$.items[0].value").doesNotExist());
        mvc.perform(as(post("/api/v1/disclosures/" + id + "/opening"), "mash").content("{\"conditionsAcknowledged\": false}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("conditionsAcknowledged"));
        String opened = mvc.perform(as(post("/api/v1/disclosures/" + id + "/opening"), "mash").content("{\"conditionsAcknowledged\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opened").value(true))
                .andExpect(jsonPath("$.purpose").value("So the MASH can decide on a strategy discussion"))
                .andExpect(jsonPath("$.items[0].label").value("Name"))
                .andExpect(jsonPath("$.items[0].value").value("Ava Thompson"))
                .andExpect(jsonPath("$.items[2].kind").value("FACT"))
                .andExpect(jsonPath("$.items[2].text").value("[referrer withheld], the neighbour, heard shouting and crying on 28 November"))
                .andExpect(jsonPath("$.items[2].source").value("Telephone call from [referrer withheld] to the school office"))
                .andExpect(jsonPath("$.items[2].identities").isEmpty())
                .andExpect(jsonPath("$.items[3].kind").value("OPINION"))
                .andReturn().getResponse().getContentAsString();
        assertThat(opened).doesNotContain(DisclosureTestData.NEIGHBOUR);
        mvc.perform(as(get("/api/v1/disclosures/" + id), "oakfield")).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("SENDER"))
                .andExpect(jsonPath("$.items[2].text").value("Joan Pike, the neighbour, heard shouting and crying on 28 November"))
                .andExpect(jsonPath("$.recipients[?(@.partnerSystem == true)].openedAt").isNotEmpty());
        assertThat(audited(id, "DISCLOSURE_OPENED")).isEqualTo(1);
        assertThat(audited(id, "DISCLOSURE_SENT")).isEqualTo(1);
    }

    @Test
    void aRecalledItemIsGoneFromTheRecipientsAnswerWithTheReasonAndItsContentIsDestroyed() throws Exception {
        String id = exchange.sendToMash();
        mvc.perform(as(post("/api/v1/disclosures/" + id + "/opening"), "mash").content("{\"conditionsAcknowledged\": true}"))
                .andExpect(status().isOk());
        String item = jdbc.sql("select id from disclosure_item where disclosure_id = ?::uuid and position = 4").param(id).query(String.class).single();
        mvc.perform(as(post("/api/v1/disclosures/" + id + "/recall"), "oakfield")
                        .content("{\"itemId\": \"" + item + "\", \"reason\": \"The opinion was recorded about another child\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[3].recalled.reason").value("The opinion was recorded about another child"));
        String read = mvc.perform(as(get("/api/v1/disclosures/" + id), "mash")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[3].recalled.reason").value("The opinion was recorded about another child"))
                .andExpect(jsonPath("$.items[3].text").doesNotExist())
                .andExpect(jsonPath("$.items[0].value").value("Ava Thompson"))
                .andReturn().getResponse().getContentAsString();
        assertThat(read).doesNotContain("withdrawn this week");
        assertThat(jdbc.sql("select count(*) from disclosure_item where id = ?::uuid and content_sealed is null").param(item)
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(as(post("/api/v1/disclosures/" + id + "/recall"), "oakfield").content("{\"reason\": \"Sent to the wrong team\"}"))
                .andExpect(status().isOk());
        String recalled = mvc.perform(as(get("/api/v1/disclosures/" + id), "mash")).andExpect(status().isOk())
                .andExpect(jsonPath("$.recalled.reason").value("Sent to the wrong team"))
                .andExpect(jsonPath("$.purpose").doesNotExist())
                .andExpect(jsonPath("$.conditions").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(recalled).doesNotContain("Ava").doesNotContain("strategy discussion");
        assertThat(audited(id, "DISCLOSURE_RECALLED")).isEqualTo(1);
        assertThat(audited(id, "DISCLOSURE_ITEM_RECALLED")).isEqualTo(1);
    }

    @Test
    void nobodyButTheSenderAndTheAddresseesSeesItNotEvenTheRecipientOrganisationsOthers() throws Exception {
        String id = exchange.send(exchange.body(exchange.decisionToShareWith("Riverside MASH"), null, exchange.mashOfficer()));
        for (String other : new String[] {"mash", "csc", "police", "hillford"}) {
            mvc.perform(as(get("/api/v1/disclosures/" + id), other)).andExpect(status().isNotFound());
            mvc.perform(as(post("/api/v1/disclosures/" + id + "/recall"), other).content("{\"reason\": \"Mine now\"}"))
                    .andExpect(status().isNotFound());
            mvc.perform(as(post("/api/v1/disclosures/" + id + "/opening"), other).content("{\"conditionsAcknowledged\": true}"))
                    .andExpect(status().isNotFound());
            String inbox = mvc.perform(as(get("/api/v1/disclosures?box=inbox"), other)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(inbox).doesNotContain(id);
        }
        mvc.perform(as(get("/api/v1/disclosures?box=outbox"), "oakfield")).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DISCLOSURE_VIEWED' and outcome = 'REFUSED' and touched::text like ?")
                .param("%" + id + "%").query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theInboxListsWhatWasAddressedToTheCaller() throws Exception {
        String id = exchange.sendToMash();
        mvc.perform(as(get("/api/v1/disclosures?box=inbox"), "mash")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].counterpart").value("Oakfield Primary School"));
        // The row's fields as returned since the first version (its own record since 2 December 2026, ADR 0022).
        var rows = new tools.jackson.databind.json.JsonMapper().readTree(mvc.perform(as(get("/api/v1/disclosures?box=inbox"), "mash"))
                .andReturn().getResponse().getContentAsString());
        var row = java.util.stream.StreamSupport.stream(rows.spliterator(), false).filter(r -> r.path("id").asString().equals(id)).findFirst()
                .orElseThrow();
        assertThat(row.propertyNames()).containsExactlyInAnyOrder("id", "counterpart", "sentByName", "sentAt", "items", "opened", "recalled");
        mvc.perform(as(get("/api/v1/disclosures?box=elsewhere"), "mash")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("box"));
    }

    @Test
    void aDisclosureOutsideThePartnershipOrWithoutAMatchingDecisionIsRefusedWithTheFieldNamed() throws Exception {
        String decision = exchange.decisionToShareWith("Riverside MASH");
        String hillfordDsl = signedIn.actor("dsl@hillford-primary.example").id().toString();
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(exchange.body(decision, null, hillfordDsl)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("recipients"));
        String police = signedIn.actor("ppu.officer@riverside-police.example").id().toString();
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(exchange.body(decision, null, police)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("recipients"));
        String csc = exchange.decisionToShareWith("Riverside Children's Social Care");
        mvc.perform(as(post("/api/v1/disclosures"), "academy").content(exchange.body(csc, null, exchange.mashOfficer())))
                .andExpect(status().isNotFound()); // Riverside Academy does not hold Ava: the person is "not found"
    }

    @Test
    void oversizedOrMalformedItemsAreRejectedWithTheFieldNamed() throws Exception {
        String decision = exchange.decisionToShareWith("Riverside MASH");
        String body = exchange.body(decision, null, exchange.mashOfficer());
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(body.replace("Ava seemed withdrawn this week", "x".repeat(4001))))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("items[1].text"));
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(body.replace("\"kind\": \"OPINION\"", "\"kind\": \"FIELD\"")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("items[1].kind"));
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(body.replace("\"source\": \"Class teacher\"", "\"source\": 12")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("items[1].source"));
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(body.replace("\"recipients\": [", "\"recipients\": [\"not-an-id\", ")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("recipients[0]"));
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(body.replace("\"personId\": \"" + exchange.ava() + "\",", "")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content("{\"personId\": "))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(body.replace("\"told\": false, \"notToldReason\": \"Telling the family would increase the risk to Ava\"",
                        "\"told\": true")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("transparency.toldOn"))
                .andExpect(jsonPath("$.errors[1].field").value("transparency.toldBy"));
    }

    private int audited(String disclosure, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and outcome = 'DONE' and touched::text like ?")
                .params(action, "%" + disclosure + "%").query(Integer.class).single();
    }
}
