package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safeshare.people.People;
import org.safeshare.people.PersonId;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.JsonPaths;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Does anyone else know this child?": the demo MASH finds Kayden at the school, the surgery and the police; nobody else learns anything. */
@SafeshareTest
class HoldersTest {

    static final String MASH = "mash.officer@riverside-mash.example";

    @Autowired Holders holders;
    @Autowired People people;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    PersonId kayden() {
        return kaydenIn(jdbc);
    }

    PersonId kaydenIn(JdbcClient jdbc) {
        return new PersonId(jdbc.sql("""
                select p.id from person p join organisation o on o.id = p.organisation_id
                where p.given_name = 'Kayden' and p.family_name = 'Marsh' and o.name = 'Riverside MASH'""").query(UUID.class).single());
    }

    private List<Holder> lookUp(String email) {
        Actor actor = signedIn.actor(email);
        HolderLookup lookup = holders.lookUp(actor, people.visible(actor, kayden()), "MASH_REFERRAL");
        return ((HolderLookup.Found) lookup).holders();
    }

    @Test
    void theMashOfficerSeesTheSchoolTheSurgeryAndThePoliceWithReasons() {
        List<Holder> found = lookUp(MASH);
        assertThat(found).extracting(Holder::organisation)
                .contains("Oakfield Primary School", "Brook Lane Surgery", "Riverside Police Public Protection Unit")
                .doesNotContain("Riverside Academy");
        Holder school = found.stream().filter(h -> h.organisation().equals("Oakfield Primary School")).findFirst().orElseThrow();
        assertThat(school.probability()).isGreaterThanOrEqualTo(0.95);
        assertThat(school.reasons()).extracting(Holder.Reason::field).contains("first name", "surname", "date of birth");
        Holder surgery = found.stream().filter(h -> h.organisation().equals("Brook Lane Surgery")).findFirst().orElseThrow();
        assertThat(surgery.rule()).isEqualTo("same valid NHS number");
    }

    @Test
    void everyLookupIsAuditedWithItsPurposeAndAlertsTheHolders() {
        Actor mash = signedIn.actor(MASH);
        long before = lookups(mash.id());
        long alertsBefore = alertsTo("Oakfield Primary School");
        lookUp(MASH);
        assertThat(lookups(mash.id())).isGreaterThanOrEqualTo(before + 4); // the child, and each of three holders' records
        assertThat(alertsTo("Oakfield Primary School")).isEqualTo(alertsBefore + 1);
    }

    @Test
    void aPurposeMustBeGiven() {
        Actor mash = signedIn.actor(MASH);
        assertThat(holders.lookUp(mash, people.visible(mash, kayden()), null)).isInstanceOf(HolderLookup.Refused.class);
    }

    @Test
    void aPractitionerAThirdOrganisationAndAnotherPartnershipLearnNothing() throws Exception {
        Actor socialWorker = signedIn.actor("social.worker@riverside-csc.example");
        assertThatThrownBy(() -> holders.lookUp(socialWorker, null, "MASH_REFERRAL")).isInstanceOf(NotFoundException.class);
        for (String outsider : List.of("dsl@riverside-academy.example", "dsl@hillford-primary.example", "social.worker@riverside-csc.example",
                "teacher@oakfield-primary.example")) {
            mvc.perform(get("/people/" + kayden() + "/holders").with(signedIn.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/people/" + kayden() + "/holders").param("purpose", "MASH_REFERRAL").with(signedIn.as(outsider))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void thePageAsksForAPurposeThenListsTheHolders() throws Exception {
        mvc.perform(get("/people/" + kayden()).with(signedIn.as(MASH))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Does anyone else know this child?")));
        mvc.perform(post("/people/" + kayden() + "/holders").with(signedIn.as(MASH))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(post("/people/" + kayden() + "/holders").param("purpose", "MASH_REFERRAL").with(signedIn.as(MASH))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brook Lane Surgery")))
                .andExpect(content().string(containsString("Oakfield Primary School")))
                .andExpect(content().string(not(containsString("Kaiden"))));
    }

    @Test
    void theApiAnswersTheHoldersAndNotFoundToOutsiders() throws Exception {
        mvc.perform(post("/api/v1/people/" + kayden() + "/holders").with(signedIn.as(MASH))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"purpose\":\"MASH_REFERRAL\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.holders.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        mvc.perform(post("/api/v1/people/" + kayden() + "/holders").header("Authorization", "Bearer demo-hillford-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"purpose\":\"MASH_REFERRAL\"}"))
                .andExpect(status().isNotFound());
    }

    /** Every field of the holders' answer as returned since the first version, each holder its own API record since 2 December 2026. */
    private static final String FIELDS = """
            holders[] holders[].organisation holders[].heldSince holders[].probability holders[].confirmed holders[].rule holders[].reasons[]
            holders[].reasons[].field holders[].reasons[].level holders[].reasons[].weight holders[].link index index.complete
            index.recordsNotYetIndexed""";

    @Test
    void theApiAnswersTheHoldersWithTheFieldsItHasAlwaysHadWhateverTheDomainCallsThem() throws Exception {
        String answer = mvc.perform(post("/api/v1/people/" + kayden() + "/holders").with(signedIn.as(MASH))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"purpose\": \"MASH_REFERRAL\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode read = new JsonMapper().readTree(answer);
        TreeSet<String> fields = JsonPaths.of(read);
        assertThat(fields).isEqualTo(new TreeSet<>(List.of(FIELDS.strip().split("\\s+"))));
    }

    @Test
    void theOpenApiDocumentDescribesAHolderUnderItsName() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Holder.properties.link.format").value("uuid"))
                .andExpect(jsonPath("$.components.schemas.HolderReason.properties.weight").exists());
    }


    private long lookups(UUID actor) {
        return jdbc.sql("select count(*) from audit_event where actor_id = ? and action = 'HOLDERS_LOOKED_UP' and purpose = 'MASH_REFERRAL'")
                .param(actor).query(Long.class).single();
    }

    private long alertsTo(String organisation) {
        return jdbc.sql("select count(*) from audit_alert a join organisation o on o.id = a.organisation_id where o.name = ?")
                .param(organisation).query(Long.class).single();
    }
}
