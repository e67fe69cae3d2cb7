package org.safeshare.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation that received information sees which child it is about (name, date of birth, NHS number) on the
 * "shared with us" list and the decision page; no one else is told who the child is.
 */
@SafeshareTest
class ReceivedDecisionsNameTheChildTest {

    private static final String MASH = "mash.officer@riverside-mash.example";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired Decisions decisions;
    @Autowired People people;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private PersonId ava() {
        return PersonId.parse(jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Oakfield Primary School' and p.nhs_number = '9990000018'").query(String.class).single()).orElseThrow();
    }

    private DecisionId sharedWithMash() {
        UUID mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(UUID.class).single();
        DecisionTaken decision = new DecisionTaken(DecisionTaken.Choice.SHARE, "Bruising", null, "Referral", mash, "Duty social worker",
                List.of(new DecisionTaken.InformationItem("Injury", "Bruises", DecisionTaken.FactOrOpinion.FACT, null)),
                DecisionTaken.SharingMethod.SECURE_PORTAL, null, DecisionTaken.SubjectInformed.WILL_INFORM, null, "Risk", null, null);
        return ((DecisionChange.Recorded) decisions.record(signedIn.actor("dsl@oakfield-primary.example"), Optional.of(people.visible(signedIn.actor("dsl@oakfield-primary.example"), ava())),
                json.readValue(DecisionApiTest.FACTS, SharingFacts.class), decision)).id();
    }

    @Test
    void theReceivingOrganisationSeesWhichChildADecisionIsAbout() throws Exception {
        DecisionId id = sharedWithMash();
        for (String page : new String[] {"/decisions", "/decisions/" + id}) {
            String html = mvc.perform(get(page).with(signedIn.as(MASH))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).as(page).contains("Ava Thompson", "27 March 2015", "999 000 0018", "Oakfield Primary School");
        }
    }

    @Test
    void noOneElseIsToldWhoTheChildIs() {
        sharedWithMash();
        PersonId ava = ava();
        assertThat(people.identities(signedIn.actor("dsl@hillford-primary.example"), List.of(ava))).isEmpty();
        assertThat(people.identities(signedIn.actor("gp@brook-lane.example"), List.of(ava))).isEmpty();
        assertThat(people.identities(signedIn.actor(MASH), List.of(ava))).containsKey(ava);
    }
}
