package org.safeshare.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.PersonId;
import org.safeshare.people.setup.PeopleSetUp;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.TestTeams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The new-request page offers each organisation's teams beside its practitioners (the demo surgery's Safeguarding team),
 * and a request sent to a team is in its members' inbox page and nobody else's at the surgery but its DSL's.
 */
@SafeshareTest
class RequestToATeamPagesTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired PeopleSetUp setUp;
    @Autowired TestTeams teams;

    private ExchangeFixture fixture;
    private PersonId ava;

    @BeforeEach
    void theMashHoldsAva() {
        fixture = new ExchangeFixture(jdbc, signedIn);
        ava = fixture.ava(setUp);
        teams.practitioner("Brook Lane Surgery", RequestToATeamTest.OUTSIDE_THE_TEAM, "Pat Nurse");
    }

    @Test
    void theMashAsksTheSurgerysSafeguardingTeamWhoseMemberFindsItInTheirInbox() throws Exception {
        String surgery = fixture.organisation("Brook Lane Surgery").toString();
        String team = jdbc.sql("select id from team where organisation_id = ?::uuid and name = 'Safeguarding team'").param(surgery)
                .query(String.class).single();
        mvc.perform(get("/exchange/requests/new").param("person", ava.toString()).with(signedIn.as(ExchangeFixture.MASH)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Safeguarding team (team)")))
                .andExpect(content().string(containsString("value=\"team:" + team + "\"")));
        String purpose = "Section 47 enquiry for the team " + java.util.UUID.randomUUID();
        String[] answers = {"person", ava.toString(), "organisations", surgery, "named[" + surgery + "]", "team:" + team, "urgency", "RED",
                "purposeCategory", "SAFEGUARDING", "purpose", purpose, "lawfulBasis", "UK GDPR Article 6(1)(e)", "statesPublicTask", "yes",
                "questions", "Is Ava registered with you?"};
        var check = post("/exchange/requests/new").with(csrf()).with(signedIn.as(ExchangeFixture.MASH));
        var send = post("/exchange/requests/new/send").with(csrf()).with(signedIn.as(ExchangeFixture.MASH));
        for (int i = 0; i < answers.length; i += 2) {
            check.param(answers[i], answers[i + 1]);
            send.param(answers[i], answers[i + 1]);
        }
        mvc.perform(check).andExpect(status().isOk()).andExpect(content().string(containsString("Asked by name or team")))
                .andExpect(content().string(containsString("Safeguarding team (team)")));
        mvc.perform(send).andExpect(redirectedUrl("/exchange/outbox?sent"));
        String request = jdbc.sql("select id from information_request where purpose = ?").param(purpose).query(String.class).single();
        mvc.perform(get("/exchange/inbox").with(signedIn.as(ExchangeFixture.GP))).andExpect(status().isOk())
                .andExpect(content().string(containsString(request)));
        mvc.perform(get("/exchange/requests/" + request).with(signedIn.as(ExchangeFixture.GP))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Respond to this request")))
                .andExpect(content().string(containsString("Safeguarding team (team)")));
        // The requester sees whom the part was addressed to as well.
        mvc.perform(get("/exchange/requests/" + request).with(signedIn.as(ExchangeFixture.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Addressed to")))
                .andExpect(content().string(containsString("Safeguarding team (team)")));
        mvc.perform(get("/exchange/inbox").with(signedIn.as(RequestToATeamTest.OUTSIDE_THE_TEAM))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(request))));
        for (String outsider : new String[] {RequestToATeamTest.OUTSIDE_THE_TEAM, "dsl@riverside-academy.example", "dsl@hillford-primary.example"}) {
            mvc.perform(get("/exchange/requests/" + request).with(signedIn.as(outsider))).andExpect(status().isNotFound());
        }
    }
}
