package org.safeshare.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The record linkage API: linked records of the caller's own organisation, the review queue and its decisions, unlinking,
 * thresholds. Problem details name the field; every outsider (another organisation, another partnership, a role without
 * the right, a partner system) gets 404 and nothing changes.
 */
@SafeshareTest
class LinkageApiTest {

    static final String ADMIN = ThresholdPagesTest.ADMIN;
    static final String IG = "ig@riverside-hospital.example";

    @Autowired MockMvc mvc;
    @Autowired ThresholdRescoringJob rescoringJob;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    PairsAsTheyWere pairs;

    @BeforeEach
    void notePairs() {
        pairs = new PairsAsTheyWere(jdbc);
    }

    @AfterEach
    void putPairsAndThresholdsBack() {
        pairs.restore();
        jdbc.sql("delete from matching_rescoring").update();
        jdbc.sql("delete from matching_threshold").update();
    }

    private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        request.contentType(MediaType.APPLICATION_JSON);
        if (who.startsWith("demo-")) {
            return request.header("Authorization", "Bearer " + who);
        }
        return request.with(signedIn.as(who));
    }

    private UUID heldBy(String organisation, String given) {
        return jdbc.sql("select p.id from person p join organisation o on o.id = p.organisation_id where o.name = ? and p.given_name = ?")
                .params(organisation, given).query(UUID.class).list().getFirst();
    }

    private UUID borderlinePair() {
        UUID caden = heldBy("Riverside Academy", "Caden");
        return jdbc.sql("select id from matching_pair where (first_person_id = ? or second_person_id = ?) and status = 'REVIEW' limit 1")
                .params(caden, caden).query(UUID.class).single();
    }

    private UUID kaydensLinkToTheSchool() {
        UUID kayden = heldBy("Riverside MASH", "Kayden");
        UUID kaiden = heldBy("Oakfield Primary School", "Kaiden");
        return jdbc.sql("select id from matching_pair where status = 'LINKED' and ((first_person_id = ? and second_person_id = ?)"
                + " or (first_person_id = ? and second_person_id = ?))").params(kayden, kaiden, kaiden, kayden).query(UUID.class).single();
    }

    private String statusOf(UUID pair) {
        return jdbc.sql("select status from matching_pair where id = ?").param(pair).query(String.class).single();
    }

    /** A second record of Kaiden at the school itself, linked: the school's own, so its users and its system may see it. */
    private UUID schoolsOwnSecondRecord(UUID kaiden) {
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
    void linkedRecordsAreTheCallersOwnOrganisationsOnly() throws Exception {
        UUID kaiden = heldBy("Oakfield Primary School", "Kaiden");
        UUID other = schoolsOwnSecondRecord(kaiden);
        for (String school : List.of("teacher@oakfield-primary.example", "demo-oakfield-token")) {
            mvc.perform(as(school, get("/api/v1/people/" + kaiden + "/linked-records"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.linkedRecords[*].personId").value(hasItem(other.toString())))
                    .andExpect(jsonPath("$.linkedRecords[*].organisation").value(not(hasItem("Riverside MASH"))));
        }
        // Kayden is linked to the school, the surgery and the police: without a purpose the MASH learns none of it.
        mvc.perform(as(HoldersTest.MASH, get("/api/v1/people/" + heldBy("Riverside MASH", "Kayden") + "/linked-records")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.linkedRecords.length()").value(0));
    }

    @Test
    void linkedRecordsAreNotFoundToAnotherOrganisationAnotherPartnershipAndTheirSystems() throws Exception {
        UUID kaiden = heldBy("Oakfield Primary School", "Kaiden");
        for (String outsider : List.of("dsl@riverside-academy.example", HoldersTest.MASH, "admin@oakfield-primary.example",
                "auditor@oakfield-primary.example", "dsl@hillford-primary.example", "demo-academy-token", "demo-hillford-token")) {
            mvc.perform(as(outsider, get("/api/v1/people/" + kaiden + "/linked-records"))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theHoldersLookupIsRefusedToPartnerSystemsAndRolesWithoutTheRightAndNamesEachLink() throws Exception {
        UUID kayden = heldBy("Riverside MASH", "Kayden");
        for (String outsider : List.of("demo-mash-token", "teacher@oakfield-primary.example", IG, ADMIN, "dsl@hillford-primary.example")) {
            mvc.perform(as(outsider, post("/api/v1/people/" + kayden + "/holders")).content("{\"purpose\":\"MASH_REFERRAL\"}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(as(HoldersTest.MASH, post("/api/v1/people/" + kayden + "/holders")).content("{\"purpose\":\"MASH_REFERRAL\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holders[?(@.organisation == 'Oakfield Primary School')].link").value(hasItem(kaydensLinkToTheSchool().toString())));
        mvc.perform(as(HoldersTest.MASH, post("/api/v1/people/" + kayden + "/holders")).content("{\"purpose\":\"MASH_REFERRAL\",\"why\":\"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("why"));
        mvc.perform(as(HoldersTest.MASH, post("/api/v1/people/" + kayden + "/holders")).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("purpose"));
    }

    @Test
    void theReviewQueueIsTheMashsAndTheIgLeadsOnly() throws Exception {
        for (String reviewer : List.of(HoldersTest.MASH, IG)) {
            mvc.perform(as(reviewer, get("/api/v1/matching/review-queue"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.proposals[*].id").value(hasItem(borderlinePair().toString())));
        }
        for (String outsider : List.of("teacher@oakfield-primary.example", "dsl@oakfield-primary.example", ADMIN,
                "dsl@hillford-primary.example", "demo-mash-token", "demo-hillford-token")) {
            mvc.perform(as(outsider, get("/api/v1/matching/review-queue"))).andExpect(status().isNotFound());
        }
    }

    @Test
    void aReviewerConfirmsABorderlinePairWithAReason() throws Exception {
        UUID pair = borderlinePair();
        String path = "/api/v1/matching/proposals/" + pair + "/decision";
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"sameChild\":true}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"sameChild\":true,\"reason\":\"  \"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"reason\":\"same school and surname\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("sameChild"));
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"sameChild\":true,\"reason\":\"r\",\"sameChlid\":true}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("sameChlid"));
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"sameChild\":\"yes\",\"reason\":\"r\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("sameChild"));
        for (String outsider : List.of("teacher@oakfield-primary.example", ADMIN, "dsl@hillford-primary.example", "demo-mash-token")) {
            mvc.perform(as(outsider, post(path)).content("{\"sameChild\":true,\"reason\":\"the same child\"}"))
                    .andExpect(status().isNotFound());
        }
        assertThat(statusOf(pair)).isEqualTo("REVIEW");
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"sameChild\":true,\"reason\":\"Same child: the academy misread the date\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LINKED"));
        assertThat(statusOf(pair)).isEqualTo("LINKED");
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"sameChild\":false,\"reason\":\"again\"}")).andExpect(status().isNotFound());
    }

    @Test
    void aReviewerUnlinksWithAReasonAndNobodyElseCan() throws Exception {
        UUID link = kaydensLinkToTheSchool();
        mvc.perform(as(IG, get("/api/v1/matching/links/" + link))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons").isNotEmpty());
        String path = "/api/v1/matching/links/" + link + "/unlinking";
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"reason\":\"twins\",\"reasons\":\"x\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
        for (String outsider : List.of("teacher@oakfield-primary.example", "dsl@oakfield-primary.example", ADMIN,
                "dsl@hillford-primary.example", "demo-mash-token", "demo-hillford-token")) {
            mvc.perform(as(outsider, get("/api/v1/matching/links/" + link))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, post(path)).content("{\"reason\":\"two children\"}")).andExpect(status().isNotFound());
        }
        assertThat(statusOf(link)).isEqualTo("LINKED");
        mvc.perform(as(HoldersTest.MASH, post(path)).content("{\"reason\":\"Two children: the school confirmed a different date of birth\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNLINKED"));
        assertThat(statusOf(link)).isEqualTo("UNLINKED");
    }

    @Test
    void thePartnershipAdministratorSetsTheThresholdsAndAnIgLeadReadsThem() throws Exception {
        for (String reader : List.of(ADMIN, IG)) {
            mvc.perform(as(reader, get("/api/v1/matching/thresholds"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.link").value(0.95)).andExpect(jsonPath("$.review").value(0.85));
        }
        mvc.perform(as(ADMIN, put("/api/v1/matching/thresholds")).content("{\"link\":0.96,\"review\":0.86}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.link").value(0.96)).andExpect(jsonPath("$.rescoring.inProgress").value(true))
                .andExpect(jsonPath("$.rescoring.pairsLeft").isNumber()).andExpect(jsonPath("$.rescoring.thresholdsVersion").isNumber());
        // Re-scoring is a background job (ADR 0024): until it has run, readers are told it is in progress and how much is left.
        mvc.perform(as(IG, get("/api/v1/matching/thresholds"))).andExpect(status().isOk()).andExpect(jsonPath("$.link").value(0.96))
                .andExpect(jsonPath("$.rescoring.inProgress").value(true));
        rescoringJob.runFor(java.time.Duration.ofMinutes(1));
        mvc.perform(as(IG, get("/api/v1/matching/thresholds"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rescoring.inProgress").value(false)).andExpect(jsonPath("$.rescoring.pairsLeft").value(0));
    }

    @Test
    void thresholdsOutOfRangeOrReviewAboveLinkOrUnknownFieldsAreRefused() throws Exception {
        String path = "/api/v1/matching/thresholds";
        mvc.perform(as(ADMIN, put(path)).content("{\"link\":1.5,\"review\":0.8}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("link"));
        mvc.perform(as(ADMIN, put(path)).content("{\"link\":0.9,\"review\":0}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("review"));
        mvc.perform(as(ADMIN, put(path)).content("{\"link\":0.8,\"review\":0.9}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("review"))
                .andExpect(jsonPath("$.errors[0].detail").value("The review threshold must be lower than the link threshold"));
        mvc.perform(as(ADMIN, put(path)).content("{\"link\":0.9}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("review"));
        mvc.perform(as(ADMIN, put(path)).content("{\"link\":0.9,\"review\":0.8,\"twins\":\"score\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("twins"));
        mvc.perform(as(ADMIN, put(path)).content("{\"link\":\"0.9\",\"review\":0.8}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("link"));
        assertThat(jdbc.sql("select count(*) from matching_threshold").query(Long.class).single()).isZero();
    }

    @Test
    void thresholdsAreNotFoundToEveryoneElse() throws Exception {
        for (String outsider : List.of(HoldersTest.MASH, "teacher@oakfield-primary.example", "admin@oakfield-primary.example",
                "dsl@hillford-primary.example", "admin@hillford-primary.example", "demo-csc-token", "demo-hillford-token")) {
            mvc.perform(as(outsider, get("/api/v1/matching/thresholds"))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, put("/api/v1/matching/thresholds")).content("{\"link\":0.5,\"review\":0.4}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(as(IG, put("/api/v1/matching/thresholds")).content("{\"link\":0.5,\"review\":0.4}")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from matching_threshold").query(Long.class).single()).isZero();
    }

    @Test
    void theEndpointsAndTheirBodiesAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/linked-records'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/holders'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/matching/review-queue'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/matching/proposals/{id}/decision'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/v1/matching/links/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/matching/links/{id}/unlinking'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/v1/matching/thresholds'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/matching/thresholds'].put.requestBody").exists())
                .andExpect(jsonPath("$.components.schemas.ThresholdsRequest.properties.review").exists());
    }
}
