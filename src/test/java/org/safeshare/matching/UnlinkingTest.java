package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.OtherName;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A confirmed link found wrong is unlinked with a reason, audited, and never made or proposed again. */
@SafeshareTest
class UnlinkingTest {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired Unlinking unlinking;
    @Autowired Holders holders;
    @Autowired People people;

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

    private UUID kaydensLinkToTheSchool() {
        UUID kayden = heldBy("Riverside MASH", "Kayden");
        UUID kaiden = heldBy("Oakfield Primary School", "Kaiden");
        return jdbc.sql("""
                select id from matching_pair where status = 'LINKED' and ((first_person_id = :a and second_person_id = :b)
                   or (first_person_id = :b and second_person_id = :a))""").param("a", kayden).param("b", kaiden).query(UUID.class).single();
    }

    @Test
    void theMashUnlinksWithAReasonAndTheSchoolIsNoLongerAHolderEvenWhenItsRecordChanges() throws Exception {
        UUID link = kaydensLinkToTheSchool();
        mvc.perform(get("/matching/links/" + link + "/unlink").with(signedIn.as(HoldersTest.MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Oakfield Primary School")));
        mvc.perform(post("/matching/links/" + link + "/unlink").param("reason", " ").with(signedIn.as(HoldersTest.MASH)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter why these records are not the same child")));
        mvc.perform(post("/matching/links/" + link + "/unlink").param("reason", "The school confirmed a different child of the same name")
                        .with(signedIn.as(HoldersTest.MASH)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/matching/review?unlinked"));
        assertThat(jdbc.sql("select status from matching_pair where id = ?").param(link).query(String.class).single()).isEqualTo("UNLINKED");
        Actor mash = signedIn.actor(HoldersTest.MASH);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LINK_UNLINKED' and actor_id = ?").param(mash.id())
                .query(Long.class).single()).isEqualTo(1);
        // The school's record changes: indexed again, and scored again, the pair stays unlinked.
        Actor school = signedIn.actor("dsl@oakfield-primary.example");
        people.addOtherName(school, new PersonId(heldBy("Oakfield Primary School", "Kaiden")), OtherName.Kind.ALTERNATIVE, "Kayden", "Marsh");
        assertThat(jdbc.sql("select status from matching_pair where id = ?").param(link).query(String.class).single()).isEqualTo("UNLINKED");
        var found = (HolderLookup.Found) holders.lookUp(mash, people.visible(mash, new PersonId(heldBy("Riverside MASH", "Kayden"))), "MASH_REFERRAL");
        assertThat(found.holders()).extracting(Holder::organisation).doesNotContain("Oakfield Primary School");
        assertThatThrownBy(() -> unlinking.unlink(mash, link, "again")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheMashAndInformationGovernanceLeadsOfThePartnershipUnlink() throws Exception {
        UUID link = kaydensLinkToTheSchool();
        for (String outsider : List.of("teacher@oakfield-primary.example", "dsl@oakfield-primary.example", "dsl@hillford-primary.example",
                "partnership.admin@riverside-csc.example")) {
            mvc.perform(get("/matching/links/" + link + "/unlink").with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/matching/links/" + link + "/unlink").param("reason", "wrong").with(signedIn.as(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select status from matching_pair where id = ?").param(link).query(String.class).single()).isEqualTo("LINKED");
        mvc.perform(get("/matching/links/" + link + "/unlink").with(signedIn.as("ig@riverside-hospital.example"))).andExpect(status().isOk());
        mvc.perform(get("/matching/links/not-a-link/unlink").with(signedIn.as(HoldersTest.MASH))).andExpect(status().isNotFound());
    }
}
