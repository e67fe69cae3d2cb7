package org.safeshare.disclosures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeshare.disclosures.DisclosureTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.TestTeams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A disclosure sent to a team of the recipient organisation: each member finds it in their inbox (page and API), opens it
 * in their own name (receipted to the sender) and reads it; a colleague outside the team, a third organisation and
 * another partnership find nothing.
 */
@SafeshareTest
class DisclosureToATeamTest {

    static final String MEMBER = "mash.health@riverside-mash.example";
    static final String COLLEAGUE = "mash.education@riverside-mash.example";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired TestTeams teams;
    @Autowired DisclosureReading reading;
    DisclosureTestData exchange;
    UUID healthDesk;

    @BeforeEach
    void theMashHasAHealthDesk() {
        exchange = new DisclosureTestData(mvc, jdbc, signedIn);
        UUID member = teams.practitioner("Riverside MASH", MEMBER, "Hana Health");
        teams.practitioner("Riverside MASH", COLLEAGUE, "Ed Education");
        healthDesk = teams.team("Riverside MASH", "Health desk", member);
    }

    private String sentToTheDesk() throws Exception {
        return exchange.send(exchange.body(exchange.decisionToShareWith("Riverside MASH"), "Do not share onward", healthDesk.toString()));
    }

    @Test
    void aMemberFindsItInTheirInboxOpensItInTheirOwnNameAndReadsIt() throws Exception {
        String id = sentToTheDesk();
        Actor member = signedIn.actor(MEMBER);
        assertThat(reading.inbox(member)).anyMatch(s -> s.id().toString().equals(id) && !s.opened());
        mvc.perform(get("/disclosures").with(SignedIn.as(member))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(id)));
        DisclosureView opened = reading.open(member, DisclosureId.parse(id).orElseThrow(), true);
        assertThat(opened.items()).allMatch(i -> i.content().isPresent());
        assertThat(reading.inbox(member)).anyMatch(s -> s.id().toString().equals(id) && s.opened());
        // The sender sees who opened it, by name.
        assertThat(jdbc.sql("select name from disclosure_recipient where disclosure_id = ?::uuid and opened_at is not null")
                .param(id).query(String.class).list()).containsExactly("Hana Health");
        mvc.perform(as(get("/api/v1/disclosures/" + id), "oakfield")).andExpect(status().isOk())
                .andExpect(jsonPath("$.recipients[?(@.team == true)]").isNotEmpty())
                .andExpect(jsonPath("$.recipients[?(@.name == 'Hana Health')].openedAt").isNotEmpty());
    }

    @Test
    void nobodyOutsideTheTeamFindsIt() throws Exception {
        String id = sentToTheDesk();
        DisclosureId disclosure = DisclosureId.parse(id).orElseThrow();
        for (String outsider : List.of(COLLEAGUE, "mash.officer@riverside-mash.example", "dsl@riverside-academy.example",
                "dsl@hillford-primary.example")) {
            Actor actor = signedIn.actor(outsider);
            assertThatThrownBy(() -> reading.read(actor, disclosure)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reading.open(actor, disclosure, true)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThat(reading.inbox(actor)).as(outsider).noneMatch(s -> s.id().equals(disclosure));
        }
        for (String system : List.of("mash", "academy", "hillford")) {
            mvc.perform(as(get("/api/v1/disclosures/" + id), system)).andExpect(status().isNotFound());
        }
    }
}
