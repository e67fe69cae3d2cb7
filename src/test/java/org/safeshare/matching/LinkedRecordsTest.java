package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.safeshare.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The child's page lists the linked records the user may know of: the organisation and since when, a link only to their own. */
@SafeshareTest
class LinkedRecordsTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired LinkedRecords linked;
    @Autowired TransactionTemplate transaction;

    PairsAsTheyWere pairs;

    @BeforeEach
    void notePairs() {
        pairs = new PairsAsTheyWere(jdbc);
    }

    @AfterEach
    void putPairsBack() {
        pairs.restore();
    }

    private UUID heldBy(String organisation, String given) {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id where o.name = ? and p.given_name = ?")
                .params(organisation, given).query(UUID.class).list().getFirst();
    }

    @Test
    void noOtherOrganisationsHoldingAppearsOnThePersonPageWithoutAPurpose() throws Exception {
        // Kayden is linked to records at the school, the surgery and the police; the MASH officer may ask who holds them,
        // with a purpose, but the page itself names none of them (ADR 0025).
        UUID kayden = heldBy("Riverside MASH", "Kayden");
        mvc.perform(get("/people/" + kayden).with(signedIn.as(HoldersTest.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("See which other organisations know this child")))
                .andExpect(content().string(not(containsString("Oakfield Primary School"))))
                .andExpect(content().string(not(containsString("Brook Lane Surgery"))))
                .andExpect(content().string(not(containsString("Riverside Police Public Protection Unit"))));
        UUID atSchool = heldBy("Oakfield Primary School", "Kaiden");
        mvc.perform(get("/people/" + atSchool).with(signedIn.as("dsl@oakfield-primary.example"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Riverside MASH"))))
                .andExpect(content().string(not(containsString("Brook Lane Surgery"))));
        Actor mash = signedIn.actor(HoldersTest.MASH);
        var child = transaction.execute(t -> people.visible(mash, new PersonId(kayden)));
        List<LinkedRecords.LinkedRecord> shown = transaction.execute(t -> linked.of(mash, child));
        assertThat(shown).isEmpty();
    }

    @Test
    void aPractitionerSeesNoOtherOrganisationsRecordsButALinkToTheirOwn() throws Exception {
        UUID kaiden = heldBy("Oakfield Primary School", "Kaiden");
        mvc.perform(get("/people/" + kaiden).with(signedIn.as("teacher@oakfield-primary.example"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Linked records"))));
        // A second record of the child at the school itself, linked: the teacher may open it.
        UUID other = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id where o.name = 'Oakfield Primary School'"
                + " and p.kind = 'CHILD' and p.id <> ? limit 1").param(kaiden).query(UUID.class).single();
        UUID partnership = jdbc.sql("select partnership_id from organisation where name = 'Oakfield Primary School'").query(UUID.class).single();
        boolean ordered = kaiden.toString().compareTo(other.toString()) < 0;
        jdbc.sql("""
                insert into matching_pair (id, partnership_id, first_person_id, second_person_id, probability, reasons, status, proposed_at,
                    decided_at) values (?, ?, ?, ?, 0.99, 'test', 'LINKED', ?, ?)""")
                .params(UUID.randomUUID(), partnership, ordered ? kaiden : other, ordered ? other : kaiden, Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now())).update();
        mvc.perform(get("/people/" + kaiden).with(signedIn.as("teacher@oakfield-primary.example"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Linked records")))
                .andExpect(content().string(containsString("href=\"/people/" + other + "\"")))
                .andExpect(content().string(not(containsString("Riverside MASH</span>"))));
    }

    @Test
    void theListIsReadInThreeStatementsAndIsPartOfThePagesOneViewEvent() throws Exception {
        UUID kaiden = heldBy("Oakfield Primary School", "Kaiden");
        UUID other = linkToAnotherOfTheSchoolsChildren(kaiden);
        Actor teacher = signedIn.actor("teacher@oakfield-primary.example");
        var child = transaction.execute(t -> people.visible(teacher, new PersonId(kaiden)));
        List<String> read = Statements.during(() -> transaction.executeWithoutResult(t -> linked.of(teacher, child)));
        assertThat(read.stream().filter(sql -> !sql.contains("audit"))).as("%s", read).hasSize(3);

        long before = events(teacher.id());
        mvc.perform(get("/people/" + kaiden).with(SignedIn.as(teacher))).andExpect(status().isOk());
        assertThat(events(teacher.id())).isEqualTo(before + 1);
        String touched = jdbc.sql("select touched from audit_event where actor_id = ? order by id desc limit 1").param(teacher.id())
                .query(String.class).single();
        assertThat(touched).contains(other.toString());
    }

    private UUID linkToAnotherOfTheSchoolsChildren(UUID kaiden) {
        UUID other = jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id where o.name = 'Oakfield Primary School'"
                + " and p.kind = 'CHILD' and p.id <> ? order by p.id limit 1").param(kaiden).query(UUID.class).single();
        UUID partnership = jdbc.sql("select partnership_id from organisation where name = 'Oakfield Primary School'").query(UUID.class).single();
        boolean ordered = kaiden.toString().compareTo(other.toString()) < 0;
        jdbc.sql("""
                insert into matching_pair (id, partnership_id, first_person_id, second_person_id, probability, reasons, status, proposed_at,
                    decided_at) values (?, ?, ?, ?, 0.99, 'test', 'LINKED', ?, ?) on conflict do nothing""")
                .params(UUID.randomUUID(), partnership, ordered ? kaiden : other, ordered ? other : kaiden, Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now())).update();
        return other;
    }

    @Test
    void anotherPartnershipAndAnotherOrganisationSeeNothing() throws Exception {
        UUID kayden = heldBy("Riverside MASH", "Kayden");
        for (String outsider : List.of("dsl@hillford-primary.example", "dsl@oakfield-primary.example", "partnership.admin@riverside-csc.example")) {
            mvc.perform(get("/people/" + kayden).with(signedIn.as(outsider))).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Oakfield Primary School"))));
        }
    }

    private long events(UUID actor) {
        return jdbc.sql("select count(*) from audit_event where actor_id = ?").param(actor).query(Long.class).single();
    }
}
