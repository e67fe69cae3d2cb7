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
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists of decisions (the person's page, "shared with us") read their current versions' columns, never the versions'
 * JSON: at county scale the JSON is 27 GB and each list read from it went to disk (docs/performance.md, V196). The columns
 * are written with each version and say what its JSON says.
 */
@SafeshareTest
class DecisionListsReadNoJsonTest {

    private static final String MASH = "mash.officer@riverside-mash.example";
    private static final String OAKFIELD = "dsl@oakfield-primary.example";

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

    private DecisionId sharedWithMash(String purpose) {
        UUID mash = jdbc.sql("select id from organisation where name = 'Riverside MASH'").query(UUID.class).single();
        DecisionTaken decision = new DecisionTaken(DecisionTaken.Choice.SHARE, "Bruising", null, purpose, mash, "Duty social worker",
                List.of(new DecisionTaken.InformationItem("Injury", "Bruises", DecisionTaken.FactOrOpinion.FACT, null)),
                DecisionTaken.SharingMethod.SECURE_PORTAL, null, DecisionTaken.SubjectInformed.WILL_INFORM, null, "Risk", null, null);
        return ((DecisionChange.Recorded) decisions.record(signedIn.actor(OAKFIELD), Optional.of(people.visible(signedIn.actor(OAKFIELD), ava())),
                json.readValue(DecisionApiTest.FACTS, SharingFacts.class), decision)).id();
    }

    /** The page's statements that read decision versions, with any that could return a version's JSON. */
    private List<String> readingJson(String page, String user, String... shown) throws Exception {
        List<String> statements = Statements.during(() -> {
            String html = mvc.perform(get(page).with(signedIn.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).as(page).contains(shown);
        });
        assertThat(statements).as("%s reads decision versions: %s", page, statements).anyMatch(sql -> sql.contains("decision_version"));
        return statements.stream().filter(sql -> sql.contains("decision_version"))
                .filter(sql -> sql.contains("v.*") || sql.contains("facts") || sql.contains("recommendation") || sql.matches("(?s).*\\bdecision\\b,.*"))
                .toList();
    }

    @Test
    void sharedWithUsListsTheNewestDecisionsFromTheirColumnsWithoutTheVersionsJson() throws Exception {
        sharedWithMash("Referral to the MASH, first");
        sharedWithMash("Referral to the MASH, second");
        assertThat(readingJson("/decisions", MASH, "Referral to the MASH, second", "Referral to the MASH, first", "Ava Thompson",
                "Oakfield Primary School")).isEmpty();
        List<String> statements = Statements.during(() -> mvc.perform(get("/decisions").with(signedIn.as(MASH))).andExpect(status().isOk()));
        assertThat(statements.stream().filter(sql -> sql.contains("decision_version")))
                .as("the versions read once, for the list; whom the MASH was told about from the recipients (V197): %s", statements)
                .hasSize(1);
        String html = mvc.perform(get("/decisions").with(signedIn.as(MASH))).andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("Referral to the MASH, second")).as("newest first").isLessThan(html.indexOf("Referral to the MASH, first"));
    }

    @Test
    void thePersonsPageListsTheirDecisionsFromTheirColumnsWithoutTheVersionsJson() throws Exception {
        sharedWithMash("Referral for the person page");
        assertThat(readingJson("/people/" + ava(), OAKFIELD, "Decisions about sharing", "Share")).isEmpty();
    }

    @Test
    void theListsColumnsSayWhatEachVersionsJsonSaysAndEveryRecipientIsListed() {
        sharedWithMash("Referral, the columns");
        assertThat(jdbc.sql("""
                select count(*) from decision_version where outcome is distinct from recommendation ->> 'outcome'
                    or purpose is distinct from decision ->> 'purpose'""").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from decision_version v join decision d on d.id = v.decision_id
                where v.recipient_organisation_id is not null and not exists (select 1 from decision_recipient r
                    where r.organisation_id = v.recipient_organisation_id and r.decision_id = d.id and r.decision_created_at = d.created_at
                    and r.person_id is not distinct from d.person_id)""")
                .query(Integer.class).single()).isZero();
    }
}
