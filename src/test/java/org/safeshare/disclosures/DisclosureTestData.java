package org.safeshare.disclosures;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.safeshare.decisions.DecisionApiTest;
import org.safeshare.support.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The demo partnership's disclosure from Oakfield Primary School (its partner system) about Ava Thompson to the Riverside
 * MASH officer and the MASH's partner system, under a decision to share with the MASH recorded through the API.
 */
public final class DisclosureTestData {

    public static final String NEIGHBOUR = "Joan Pike";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final SignedIn signedIn;

    public DisclosureTestData(MockMvc mvc, JdbcClient jdbc, SignedIn signedIn) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    public static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String organisation) {
        return request.header("Authorization", "Bearer demo-" + organisation + "-token").contentType(MediaType.APPLICATION_JSON);
    }

    public String ava() {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single();
    }

    public String organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(String.class).single();
    }

    public String mashOfficer() {
        return signedIn.actor("mash.officer@riverside-mash.example").id().toString();
    }

    public String partnerSystem(String organisation) {
        return jdbc.sql("select id from api_client where organisation_id = ?::uuid").param(organisation(organisation))
                .query(String.class).list().getFirst();
    }

    /** A decision by Oakfield to share about Ava with the organisation named. */
    public String decisionToShareWith(String organisation) throws Exception {
        String body = """
                {"personId": "%s", "facts": %s,
                 "decision": {"choice": "SHARE", "reasons": "Bruising seen in PE", "purpose": "Referral: suspected physical abuse",
                   "recipientOrganisationId": "%s", "recipientPersonOrRole": "Duty social worker",
                   "information": [{"category": "Injury seen", "summary": "Bruises on both upper arms", "kind": "FACT"}],
                   "method": "SECURE_PORTAL", "subjectInformed": "NOT_INFORMED",
                   "notInformedReason": "It would increase the risk", "consentNotSoughtReason": "Seeking it would increase the risk"}}"""
                .formatted(ava(), DecisionApiTest.FACTS, organisation(organisation));
        return mvc.perform(as(post("/api/v1/decisions"), "oakfield").content(body)).andExpect(status().isCreated()).andReturn()
                .getResponse().getHeader("Location").replace("/api/v1/decisions/", "");
    }

    /** A disclosure body: the name and NHS number, and one fact naming the neighbour who raised the concern. */
    public String body(String decision, String conditions, String... recipients) {
        return """
                {"personId": "%s", "decisionId": "%s", "recipients": [%s],
                 "purpose": "So the MASH can decide on a strategy discussion",
                 "fields": ["NAME", "NHS_NUMBER"],
                 "items": [{"kind": "FACT", "text": "Joan Pike, the neighbour, heard shouting and crying on 28 November",
                            "source": "Telephone call from Joan Pike to the school office",
                            "identities": [{"role": "REFERRER", "name": "Joan Pike"}]},
                           {"kind": "OPINION", "text": "Ava seemed withdrawn this week", "source": "Class teacher"}],
                 %s
                 "transparency": {"told": false, "notToldReason": "Telling the family would increase the risk to Ava"}}"""
                .formatted(ava(), decision, String.join(", ", java.util.Arrays.stream(recipients).map(r -> "\"" + r + "\"").toList()),
                        conditions == null ? "" : "\"conditions\": \"" + conditions + "\",");
    }

    /** The id of the item at that position (fields first, then free-text items). */
    public String item(String disclosure, int position) {
        return jdbc.sql("select id from disclosure_item where disclosure_id = ?::uuid and position = ?").params(java.util.UUID.fromString(disclosure),
                position).query(String.class).single();
    }

    /** Sends through the API as Oakfield's partner system; answers the new disclosure's id. */
    public String send(String body) throws Exception {
        return mvc.perform(as(post("/api/v1/disclosures"), "oakfield").content(body)).andExpect(status().isCreated()).andReturn()
                .getResponse().getHeader("Location").replace("/api/v1/disclosures/", "");
    }

    /** The usual disclosure to the MASH officer and the MASH's partner system, with conditions. */
    public String sendToMash() throws Exception {
        return send(body(decisionToShareWith("Riverside MASH"), "Do not share onward without asking Oakfield",
                mashOfficer(), partnerSystem("Riverside MASH")));
    }
}
