package org.safeshare.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organisation's auditor reads only what concerns their organisation: events by its users and events about the
 * records it holds, in the search page, the CSV export and the histories; a partnership auditor reads the partnership.
 */
@SafeshareTest
class AuditorScopeTest {

    private static final String OAKFIELD_AUDITOR = "auditor@oakfield-primary.example";
    private static final String PARTNERSHIP_AUDITOR = "auditor@riverside-csc.example";
    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private final String marker = "scope-" + UUID.randomUUID().toString().substring(0, 8);

    private UUID person(String organisation, String nhsNumber) {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id where o.name = :o"
                + " and p.nhs_number = :n").param("o", organisation).param("n", nhsNumber).query(UUID.class).single();
    }

    private UUID oakfieldAva() {
        return person("Oakfield Primary School", "9990000018");
    }

    private UUID academyPerson() {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id"
                + " where o.name = 'Riverside Academy' limit 1").query(UUID.class).single();
    }

    /** Four events, each tagged with this test's request id: who did it, and about whose record. */
    @BeforeEach
    void eventsInAndOutOfOakfield() {
        insert(signedIn.actor("teacher@oakfield-primary.example"), oakfieldAva(), "by-oakfield");
        insert(signedIn.actor("dsl@riverside-academy.example"), oakfieldAva(), "about-oakfield");
        insert(signedIn.actor("dsl@riverside-academy.example"), academyPerson(), "academy-only");
        insert(signedIn.actor("dsl@hillford-primary.example"), null, "hillford-only");
    }

    private void insert(Actor actor, UUID person, String what) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, roles, action, outcome,
                    person_id, touched, request_id, client_address)
                values (now(), 'USER', :actor, :organisation, :partnership, 'PRACTITIONER', 'PERSON_VIEWED', 'DONE', :person, :touched,
                    :request, '192.0.2.1')""")
                .param("actor", actor.id()).param("organisation", actor.organisationId()).param("partnership", actor.partnershipId())
                .param("person", person).param("touched", person == null ? null : "PERSON:" + person).param("request", marker + "-" + what).update();
    }

    private String csv(String auditor) throws Exception {
        return mvc.perform(get("/audit/search.csv").param("action", "PERSON_VIEWED").with(signedIn.as(auditor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anOrganisationAuditorExportsOnlyEventsByTheirUsersOrAboutTheirRecords() throws Exception {
        String csv = csv(OAKFIELD_AUDITOR);
        assertThat(csv).contains(marker + "-by-oakfield", marker + "-about-oakfield")
                .doesNotContain(marker + "-academy-only", marker + "-hillford-only");
        UUID oakfield = signedIn.actor(OAKFIELD_AUDITOR).organisationId();
        // Other test classes share this database and leave views of other Oakfield records (refused reads by outsiders
        // among them): each line must be by Oakfield or about a record Oakfield holds, whichever record it is.
        java.util.Set<String> oakfieldRecords = new java.util.HashSet<>(jdbc.sql("select id::text from person where organisation_id = :o")
                .param("o", oakfield).query(String.class).list());
        csv.lines().skip(1).forEach(line -> assertThat(line.contains(oakfield.toString())
                || oakfieldRecords.stream().anyMatch(line::contains)).as(line).isTrue());
    }

    @Test
    void anOrganisationAuditorSearchesOnlyTheirOrganisationEvenWhenFilteringByAnother() throws Exception {
        UUID academy = signedIn.actor("dsl@riverside-academy.example").organisationId();
        String page = mvc.perform(get("/audit/search").param("organisation", academy.toString()).with(signedIn.as(OAKFIELD_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The page shows people by id: every event it lists is about a record Oakfield holds, none about Riverside Academy's.
        assertThat(page).contains(oakfieldAva().toString()).doesNotContain(academyPerson().toString());
    }

    /** The organisation filter offers only what the auditor may search; the CSV link carries only the search's own fields. */
    @Test
    void anOrganisationAuditorIsOfferedOnlyTheirOrganisationAndTheExportLinkOnlyTheSearch() throws Exception {
        String page = mvc.perform(get("/audit/search").param("action", "PERSON_VIEWED").param("smuggled", "x7f3a")
                .with(signedIn.as(OAKFIELD_AUDITOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Oakfield Primary School</option>").doesNotContain(">Riverside Academy</option>")
                .contains("/audit/search.csv?action=PERSON_VIEWED\"").doesNotContain("smuggled");
        String partnership = mvc.perform(get("/audit/search").with(signedIn.as(PARTNERSHIP_AUDITOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(partnership).contains(">Oakfield Primary School</option>", ">Riverside Academy</option>");
    }

    @Test
    void aPartnershipAuditorExportsThePartnershipButNotAnotherPartnership() throws Exception {
        assertThat(csv(PARTNERSHIP_AUDITOR)).contains(marker + "-by-oakfield", marker + "-about-oakfield", marker + "-academy-only")
                .doesNotContain(marker + "-hillford-only");
    }

    @Test
    void anOrganisationAuditorCannotReadAnotherOrganisationsRecordOrUserHistory() throws Exception {
        mvc.perform(get("/audit/people/" + academyPerson()).with(signedIn.as(OAKFIELD_AUDITOR))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/users/" + signedIn.actor("dsl@riverside-academy.example").id()).with(signedIn.as(OAKFIELD_AUDITOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/audit/people/" + oakfieldAva()).with(signedIn.as(OAKFIELD_AUDITOR))).andExpect(status().isOk());
        mvc.perform(get("/audit/users/" + signedIn.actor("teacher@oakfield-primary.example").id()).with(signedIn.as(OAKFIELD_AUDITOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/audit/people/" + academyPerson()).with(signedIn.as(PARTNERSHIP_AUDITOR))).andExpect(status().isOk());
    }
}
