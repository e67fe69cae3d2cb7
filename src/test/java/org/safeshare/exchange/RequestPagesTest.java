package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.people.PersonId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The request pages: asking with check-your-answers, both sides' lists, the request page, responding; "not found" to outsiders. */
@SafeshareTest
class RequestPagesTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired PeopleSetUp setUp;
    @Autowired InformationRequests requests;

    private ExchangeFixture fixture;
    private PersonId ava;

    @BeforeEach
    void theMashHoldsAva() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        ava = fixture.ava(setUp);
    }

    private RequestId sent() {
        return ((RequestChange.Done) requests.send(signedIn.actor(ExchangeFixture.MASH), fixture.request(ava))).id();
    }

    @Test
    void theMashAsksChecksItsAnswersAndSends() throws Exception {
        mvc.perform(get("/exchange/requests/new").param("person", ava.toString()).with(signedIn.as(ExchangeFixture.MASH)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ask for information about Ava Thompson")));
        mvc.perform(post("/exchange/requests/new").param("person", ava.toString()).with(csrf()).with(signedIn.as(ExchangeFixture.MASH)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#organisations\"")))
                .andExpect(content().string(containsString("govuk-form-group--error")));
        String charity = fixture.organisation("Safe Harbour Family Support").toString();
        String[] answers = {"person", ava.toString(), "organisations", charity, "urgency", "AMBER", "purposeCategory", "SAFEGUARDING",
                "purpose", "Section 47 enquiry", "lawfulBasis", "UK GDPR Article 6(1)(e)", "statesPublicTask", "yes",
                "questions", "Is Ava known to you?\nAny concerns?"};
        var check = post("/exchange/requests/new").with(csrf()).with(signedIn.as(ExchangeFixture.MASH));
        var send = post("/exchange/requests/new/send").with(csrf()).with(signedIn.as(ExchangeFixture.MASH));
        for (int i = 0; i < answers.length; i += 2) {
            check.param(answers[i], answers[i + 1]);
            send.param(answers[i], answers[i + 1]);
        }
        mvc.perform(check).andExpect(status().isOk()).andExpect(content().string(containsString("Check your request before sending it")))
                .andExpect(content().string(containsString("Safe Harbour Family Support")));
        mvc.perform(send).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/exchange/outbox?sent"));
        mvc.perform(get("/exchange/outbox").with(signedIn.as(ExchangeFixture.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ava Thompson")));
        mvc.perform(get("/exchange/inbox").with(signedIn.as(ExchangeFixture.CHARITY))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ava Thompson")))
                .andExpect(content().string(containsString("Riverside MASH")));
    }

    @Test
    void theMashMayNameAPractitionerOfAnAddressedOrganisationButNotOneWhoWorksElsewhere() throws Exception {
        String surgery = fixture.organisation("Brook Lane Surgery").toString();
        String gp = signedIn.actor(ExchangeFixture.GP).id().toString();
        String police = signedIn.actor(ExchangeFixture.POLICE).id().toString();
        String page = mvc.perform(get("/exchange/requests/new").param("person", ava.toString()).with(signedIn.as(ExchangeFixture.MASH)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"named-" + surgery + "\"").contains("name=\"named[" + surgery + "]\"").contains("value=\"" + gp + "\"")
                .doesNotContain(signedIn.actor("admin@oakfield-primary.example").id().toString());
        String[] answers = {"person", ava.toString(), "organisations", surgery, "urgency", "AMBER", "purposeCategory", "SAFEGUARDING",
                "purpose", "Section 47 enquiry", "lawfulBasis", "UK GDPR Article 6(1)(e)", "statesPublicTask", "yes", "questions", "Known?"};
        var wrong = post("/exchange/requests/new").with(csrf()).with(signedIn.as(ExchangeFixture.MASH)).param("named[" + surgery + "]", police)
                .param("named[" + fixture.organisation("Riverside Police Public Protection Unit").toString() + "]", police);
        var send = post("/exchange/requests/new/send").with(csrf()).with(signedIn.as(ExchangeFixture.MASH)).param("named[" + surgery + "]", gp);
        for (int i = 0; i < answers.length; i += 2) {
            wrong.param(answers[i], answers[i + 1]);
            send.param(answers[i], answers[i + 1]);
        }
        mvc.perform(wrong).andExpect(status().isOk()).andExpect(content().string(containsString("Select a practitioner who works at that organisation")))
                .andExpect(content().string(containsString("href=\"#named-" + surgery + "\"")));
        mvc.perform(send).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select named_user_id from request_to_organisation where organisation_id = ? order by due_at desc limit 1")
                .param(UUID.fromString(surgery)).query(UUID.class).single()).hasToString(gp);
    }

    @Test
    void theCharityRespondsOnItsPageAndTheMashSeesTheAnswer() throws Exception {
        RequestId id = sent();
        mvc.perform(get("/exchange/requests/" + id).with(signedIn.as(ExchangeFixture.CHARITY))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Respond to this request")));
        mvc.perform(get("/exchange/requests/" + id + "/respond").with(signedIn.as(ExchangeFixture.CHARITY))).andExpect(status().isOk());
        String refused = mvc.perform(post("/exchange/requests/" + id + "/respond").param("choice", "ANSWER").param("answer[1]", "Known since 2024")
                        .param("answer-2", "not a field").with(csrf()).with(signedIn.as(ExchangeFixture.CHARITY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The GOV.UK pattern (summary in the form's order, error classes), and the answer typed kept under its question.
        assertThat(org.safeshare.support.GovukErrors.check(refused)).containsKey("riskLevel");
        assertThat(refused).contains(">Known since 2024</textarea>").contains("name=\"answer[1]\"").doesNotContain("not a field");
        mvc.perform(post("/exchange/requests/" + id + "/respond").with(csrf()).with(signedIn.as(ExchangeFixture.CHARITY))
                        .param("choice", "ANSWER").param("answer[1]", "Known since 2024").param("kind[1]", "FACT").param("source[1]", "Support log")
                        .param("riskLevel", "SIGNIFICANT_HARM_SUSPECTED").param("consentStatus", "NOT_SOUGHT")
                        .param("consentRisks", "seekingConsentWouldIncreaseRisk").param("information", "confidential")
                        .param("reasons", "The MASH needs it now").param("consentNotSoughtReason", "Asking would increase the risk")
                        .param("subjectInformed", "NOT_INFORMED").param("notInformedReason", "Telling would increase the risk"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/exchange/requests/" + id + "?responded"));
        mvc.perform(get("/exchange/requests/" + id).with(signedIn.as(ExchangeFixture.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Known since 2024")))
                .andExpect(content().string(not(containsString("Respond to this request"))));
    }

    @Test
    void everyRequestPageIsNotFoundToWhoeverIsNoParty() throws Exception {
        RequestId id = sent();
        for (String outsider : ExchangeFixture.OUTSIDERS) {
            for (String page : List.of("/exchange/requests/" + id, "/exchange/requests/" + id + "/respond")) {
                mvc.perform(get(page).with(signedIn.as(outsider))).andExpect(status().isNotFound());
            }
            mvc.perform(post("/exchange/requests/" + id + "/respond").param("choice", "DECLINE").with(csrf()).with(signedIn.as(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/exchange/requests/" + id + "/respond").with(signedIn.as(ExchangeFixture.MASH))).andExpect(status().isNotFound());
        mvc.perform(get("/exchange/inbox").with(signedIn.as("dsl@riverside-academy.example"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id.toString()))));
        mvc.perform(get("/exchange/requests/new").param("person", ava.toString()).with(signedIn.as(ExchangeFixture.GP)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exchange/requests/not-an-id").with(signedIn.as(ExchangeFixture.MASH))).andExpect(status().isNotFound());
    }

    @Test
    void readingARequestPageWritesOneViewEventAndAnOutsidersAttemptIsRefused() throws Exception {
        RequestId id = sent();
        UUID mash = signedIn.actor(ExchangeFixture.MASH).id();
        long before = events(mash);
        mvc.perform(get("/exchange/requests/" + id).with(signedIn.as(ExchangeFixture.MASH))).andExpect(status().isOk());
        assertThat(events(mash)).isEqualTo(before + 1);
        assertThat(jdbc.sql("select action || ' ' || outcome || ' ' || touched from audit_event where actor_id = ? order by id desc limit 1")
                .param(mash).query(String.class).single()).startsWith("INFORMATION_REQUEST_VIEWED DONE").contains("REQUEST:" + id)
                .contains("PERSON:" + ava);
        UUID outsider = signedIn.actor("dsl@riverside-academy.example").id();
        mvc.perform(get("/exchange/requests/" + id).with(signedIn.as("dsl@riverside-academy.example"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select action || ' ' || outcome from audit_event where actor_id = ? order by id desc limit 1")
                .param(outsider).query(String.class).single()).isEqualTo("INFORMATION_REQUEST_VIEWED REFUSED");
    }

    @Test
    void thePartnershipAdministratorSetsTheDeadlinesOnTheirPageAndNoOneElseReachesIt() throws Exception {
        String admin = "partnership.admin@riverside-csc.example";
        mvc.perform(get("/partnership/request-deadlines").with(signedIn.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Deadlines of information requests")));
        mvc.perform(post("/partnership/request-deadlines").with(csrf()).with(signedIn.as(admin)).param("workingDays", "MONDAY")
                        .param("opens", "nine").param("closes", "17:00").param("redAmount", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#opens\"")))
                .andExpect(content().string(containsString("href=\"#redAmount\"")));
        mvc.perform(post("/partnership/request-deadlines").with(csrf()).with(signedIn.as(admin))
                        .param("workingDays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").param("opens", "09:00")
                        .param("closes", "17:00").param("redAmount", "4").param("redUnit", "WORKING_HOURS").param("amberAmount", "24")
                        .param("amberUnit", "WORKING_HOURS").param("greenAmount", "72").param("greenUnit", "HOURS"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXCHANGE_DEADLINES_CHANGED' and actor_id = ?")
                .param(signedIn.actor(admin).id()).query(Long.class).single()).isPositive();
        mvc.perform(get("/partnership/request-deadlines").with(signedIn.as(ExchangeFixture.OAKFIELD_DSL))).andExpect(status().isForbidden());
        jdbc.sql("delete from exchange_working_hours").update();
    }

    private long events(UUID actor) {
        return jdbc.sql("select count(*) from audit_event where actor_id = ?").param(actor).query(Long.class).single();
    }
}
