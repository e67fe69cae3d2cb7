package org.safeshare.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.PersonDraft;
import org.safeshare.people.domain.PersonKind;
import org.safeshare.people.domain.Sex;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The respond page reads the request and the responder's own records of its subject once per showing: one view event
 * naming what it read (UK GDPR Article 5(2)), never a second event for the search behind the list of own records.
 */
@SafeshareTest
class RespondPageAuditTest {

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
    void showingTheRespondPageWritesExactlyOneViewEvent() throws Exception {
        RequestId id = sent();
        UUID gp = signedIn.actor(ExchangeFixture.GP).id();
        long before = lastEvent();
        mvc.perform(get("/exchange/requests/" + id + "/respond").with(signedIn.as(ExchangeFixture.GP))).andExpect(status().isOk());
        List<String> written = eventsSince(before, gp);
        assertThat(written).hasSize(1);
        assertThat(written.getFirst()).startsWith("INFORMATION_REQUEST_VIEWED DONE").contains("REQUEST:" + id);
    }

    @Test
    void showingTheRespondPageAgainWithItsErrorsWritesExactlyOneViewEvent() throws Exception {
        RequestId id = sent();
        UUID gp = signedIn.actor(ExchangeFixture.GP).id();
        long before = lastEvent();
        mvc.perform(post("/exchange/requests/" + id + "/respond").param("choice", "ANSWER").with(csrf()).with(signedIn.as(ExchangeFixture.GP)))
                .andExpect(status().isOk());
        List<String> written = eventsSince(before, gp);
        assertThat(written).hasSize(1);
        assertThat(written.getFirst()).startsWith("INFORMATION_REQUEST_VIEWED DONE").contains("REQUEST:" + id);
    }

    @Test
    void theResponderHoldingTheChildGetsOneViewEventNamingTheRequestAndTheirOwnRecordAndNoSearchEvent() throws Exception {
        RequestId id = sent();
        var police = signedIn.actor(ExchangeFixture.POLICE);
        PersonId own = setUp.ensurePerson(new OrganisationId(police.organisationId()), police.id(), new PersonDraft(PersonKind.CHILD, "Ava",
                "Thompson", LocalDate.of(2015, 3, 27), null, Sex.FEMALE, "9990000018", null, List.of(), "12 Willow Road", null, "Riverside",
                "RV1 2AB"));
        long before = lastEvent();
        mvc.perform(get("/exchange/requests/" + id + "/respond").with(signedIn.as(ExchangeFixture.POLICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + own + "\"")));
        List<String> written = eventsSince(before, police.id());
        assertThat(written).hasSize(1);
        assertThat(written.getFirst()).startsWith("INFORMATION_REQUEST_VIEWED DONE").contains("REQUEST:" + id).contains("PERSON:" + own);
    }

    private long lastEvent() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private List<String> eventsSince(long id, UUID actor) {
        return jdbc.sql("select action || ' ' || outcome || ' ' || touched from audit_event where id > ? and actor_id = ? order by id")
                .params(id, actor).query(String.class).list();
    }
}
