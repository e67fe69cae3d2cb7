package org.safeshare.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.support.GovukErrors;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The disclosure pages: send with a preview, open with conditions, recall, release of withheld names, and who may see them. */
@SafeshareTest
@RecordApplicationEvents
class DisclosurePagesTest {

    static final String TEACHER = "teacher@oakfield-primary.example";
    static final String OAKFIELD_DSL = "dsl@oakfield-primary.example";
    static final String MASH = "mash.officer@riverside-mash.example";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired ApplicationEvents events;
    DisclosureTestData exchange;

    @BeforeEach
    void exchange() {
        exchange = new DisclosureTestData(mvc, jdbc, signedIn);
    }

    private MultiValueMap<String, String> form(String decision) {
        LinkedMultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("decisionId", decision);
        f.add("recipients", exchange.mashOfficer());
        f.add("purpose", "So the MASH can decide on a strategy discussion");
        f.add("fields", "NAME");
        f.add("fields", "DATE_OF_BIRTH");
        f.add("item0Kind", "FACT");
        f.add("item0Text", "Joan Pike, the neighbour, heard shouting and crying on 28 November");
        f.add("item0Source", "Telephone call from Joan Pike to the school office");
        f.add("item0Referrer", "Joan Pike");
        f.add("item1Kind", "HISTORICAL");
        f.add("item1Text", "Ava was on a child in need plan in 2024");
        f.add("item1Source", "School safeguarding file");
        f.add("conditions", "Do not share onward without asking Oakfield");
        f.add("told", "no");
        f.add("notToldReason", "Telling the family would increase the risk to Ava");
        return f;
    }

    private String post(String email, String path, MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(signedIn.as(email)).with(csrf())
                .params(form)).andReturn().getResponse().getContentAsString();
    }

    private String sendByPage() throws Exception {
        String path = "/people/" + exchange.ava() + "/disclosures";
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(signedIn.as(TEACHER))
                .with(csrf()).params(form(exchange.decisionToShareWith("Riverside MASH")))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/disclosures/".length(), location.indexOf('?'));
    }

    private String page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCheckPageShowsExactlyWhatTheRecipientWillReadWithTheReferrerWithheld() throws Exception {
        String form = page(TEACHER, "/people/" + exchange.ava() + "/disclosures/new");
        assertThat(form).contains("Send a secure disclosure").contains("Lena Novak, Riverside MASH").doesNotContain("Hillford");
        String check = post(TEACHER, "/people/" + exchange.ava() + "/disclosures/check", form(exchange.decisionToShareWith("Riverside MASH")));
        String preview = check.substring(check.indexOf("What the recipients will read"), check.indexOf("govuk-button-group"));
        assertThat(preview).contains("[referrer withheld], the neighbour, heard shouting").contains("Ava Thompson")
                .contains("Historical information").doesNotContain("Joan Pike");
        assertThat(check).contains("withheld from the recipients: ").contains("Joan Pike (referrer)");
    }

    @Test
    void anEmptyFormNamesEveryMissingAnswerTheGovukWay() throws Exception {
        Map<String, String> errors = GovukErrors.check(post(TEACHER, "/people/" + exchange.ava() + "/disclosures/check",
                new LinkedMultiValueMap<>(Map.of("item0Text", java.util.List.of("x".repeat(4001))))));
        assertThat(errors).containsKeys("decisionId", "recipients", "purpose", "item0Kind", "item0Text", "item0Source", "told");
        assertThat(errors.get("item0Text")).isEqualTo("Must be 4,000 characters or fewer");
    }

    @Test
    void theRecipientAcknowledgesTheConditionsOpensAndTheSenderSeesTheReceipt() throws Exception {
        String id = sendByPage();
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.kind() == NotificationKind.DISCLOSURE_RECEIVED)
                .filter(n -> n.path().equals("/disclosures/" + id))).hasSize(1);
        assertThat(events.stream(DisclosureSent.class).filter(e -> e.disclosureId().toString().equals(id))).hasSize(1);
        assertThat(page(MASH, "/disclosures")).contains(id).contains("Oakfield Primary School");
        String before = page(MASH, "/disclosures/" + id);
        assertThat(before).contains("Do not share onward without asking Oakfield").contains("Open the disclosure")
                .doesNotContain("Ava Thompson").doesNotContain("strategy discussion");
        String refused = post(MASH, "/disclosures/" + id + "/open", new LinkedMultiValueMap<>());
        assertThat(GovukErrors.check(refused)).containsKey("acknowledged");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/disclosures/" + id + "/open")
                .with(signedIn.as(MASH)).with(csrf()).param("acknowledged", "yes")).andExpect(status().is3xxRedirection());
        String opened = page(MASH, "/disclosures/" + id);
        assertThat(opened).contains("Ava Thompson").contains("[referrer withheld]").doesNotContain("Joan Pike").contains("strategy discussion");
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.kind() == NotificationKind.DISCLOSURE_OPENED)
                .filter(n -> n.audience().equals(new NotificationRequested.Audience.Users(java.util.Set.of(signedIn.actor(TEACHER).id()))))).hasSize(1);
        assertThat(page(TEACHER, "/disclosures/" + id)).contains("Lena Novak").contains("opened ").doesNotContain("not opened yet").contains("Joan Pike");
    }

    @Test
    void aRecalledItemIsGoneFromTheRecipientsPageAndTheyAreToldWhy() throws Exception {
        String id = sendByPage();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/disclosures/" + id + "/open")
                .with(signedIn.as(MASH)).with(csrf()).param("acknowledged", "yes"));
        String item = jdbc.sql("select id from disclosure_item where disclosure_id = ?::uuid and position = 4").param(id).query(String.class).single();
        assertThat(GovukErrors.check(post(TEACHER, "/disclosures/" + id + "/recall", new LinkedMultiValueMap<>(Map.of("item", java.util.List.of(item))))))
                .containsKey("reason");
        post(TEACHER, "/disclosures/" + id + "/recall", new LinkedMultiValueMap<>(Map.of("item", java.util.List.of(item),
                "reason", java.util.List.of("That plan was for another child"))));
        String after = page(MASH, "/disclosures/" + id);
        assertThat(after).contains("Item 4 was recalled").contains("That plan was for another child").doesNotContain("child in need plan");
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.kind() == NotificationKind.DISCLOSURE_RECALLED)).isNotEmpty();
    }

    @Test
    void aDslOfTheSendingOrganisationReleasesWithheldNamesOnRequest() throws Exception {
        String id = sendByPage();
        String item = jdbc.sql("select id from disclosure_item where disclosure_id = ?::uuid and position = 3").param(id).query(String.class).single();
        String release = "/disclosures/" + id + "/items/" + item + "/release";
        mvc.perform(get(release).with(signedIn.as(OAKFIELD_DSL))).andExpect(status().isNotFound()); // nothing asked yet
        post(TEACHER, "/disclosures/" + id + "/items/" + item + "/ask-release", new LinkedMultiValueMap<>(Map.of("reason",
                java.util.List.of("The MASH needs to speak to the neighbour as a witness"))));
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.kind() == NotificationKind.REDACTION_RELEASE_REQUESTED)
                .filter(n -> n.path().equals(release))).hasSize(1);
        mvc.perform(get(release).with(signedIn.as(TEACHER))).andExpect(status().isNotFound()); // the sender is no DSL
        assertThat(page(OAKFIELD_DSL, release)).contains("Joan Pike (referrer)").contains("as a witness");
        post(OAKFIELD_DSL, release, new LinkedMultiValueMap<>(Map.of("decision", java.util.List.of("release"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/disclosures/" + id + "/open")
                .with(signedIn.as(MASH)).with(csrf()).param("acknowledged", "yes"));
        assertThat(page(MASH, "/disclosures/" + id)).contains("Joan Pike, the neighbour");
    }

    @Test
    void everyPageIsNotFoundToAnyoneButTheSenderAndTheAddressees() throws Exception {
        String id = sendByPage();
        String item = jdbc.sql("select id from disclosure_item where disclosure_id = ?::uuid and position = 3").param(id).query(String.class).single();
        for (String outsider : new String[] {"social.worker@riverside-csc.example", "dsl@hillford-primary.example", OAKFIELD_DSL,
                "ppu.officer@riverside-police.example"}) {
            for (String path : new String[] {"/disclosures/" + id, "/disclosures/" + id + "/recall", "/disclosures/" + id + "/items/" + item + "/ask-release",
                    "/disclosures/" + id + "/items/" + item + "/release"}) {
                mvc.perform(get(path).with(signedIn.as(outsider))).andExpect(status().isNotFound());
            }
            for (String path : new String[] {"/disclosures/" + id + "/open", "/disclosures/" + id + "/recall",
                    "/disclosures/" + id + "/items/" + item + "/ask-release", "/disclosures/" + id + "/items/" + item + "/release"}) {
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(signedIn.as(outsider)).with(csrf())
                        .param("reason", "Because").param("acknowledged", "yes").param("decision", "release")).andExpect(status().isNotFound());
            }
            assertThat(page(outsider, "/disclosures")).doesNotContain(id);
        }
        mvc.perform(get("/people/" + exchange.ava() + "/disclosures/new").with(signedIn.as("dsl@hillford-primary.example")))
                .andExpect(status().isNotFound());
        // The recipient may read it but not recall it or ask for names.
        mvc.perform(get("/disclosures/" + id + "/recall").with(signedIn.as(MASH))).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/disclosures/" + id + "/recall")
                .with(signedIn.as(MASH)).with(csrf()).param("reason", "Mine")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from disclosure where id = ?::uuid and recalled_at is null").param(id).query(Integer.class).single())
                .isEqualTo(1);
    }
}
