package org.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.audit.domain.MerkleProofs;
import org.safeshare.audit.persistence.AuditTree;
import org.safeshare.audit.persistence.Sequencer;
import org.safeshare.platform.security.Actor;
import org.safeshare.support.SafeshareTest;
import org.safeshare.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A partner system fetches its partnership's checkpoints and proofs, which verify; bad sizes and unknown leaves are
 * problem details; another partnership's activity never shows in them (docs/adr/0009).
 */
@SafeshareTest
class AuditApiTest {

    private static final String TOKEN = "Bearer demo-csc-token";
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Sequencer sequencer;
    @Autowired AuditTree tree;
    @Autowired SignedIn signedIn;

    @BeforeEach
    void someSequencedEventsAndACheckpoint() {
        events("auditor@riverside-csc.example", 3);
        sequencer.sequence();
        tree.publish();
    }

    private void events(String by, int count) {
        Actor actor = signedIn.actor(by);
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, action, outcome)
                    values (now(), 'USER', :actor, :organisation, :partnership, 'AUDIT_VIEWED', 'DONE')""")
                    .param("actor", actor.id()).param("organisation", actor.organisationId())
                    .param("partnership", actor.partnershipId()).update();
        }
    }

    private JsonNode latest(String token) throws Exception {
        return json(mvc.perform(get("/api/v1/audit/checkpoints/latest").header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aPartnershipsCheckpointsCountOnlyItsOwnEventsAndNameItsLog() throws Exception {
        Actor riverside = signedIn.actor("auditor@riverside-csc.example");
        events("auditor@riverside-csc.example", 10);
        sequencer.sequence();
        tree.publish();
        long before = latest(TOKEN).get("treeSize").asLong();
        events("dsl@hillford-primary.example", 5);
        sequencer.sequence();
        tree.publish();
        JsonNode after = latest(TOKEN);
        assertThat(after.get("treeSize").asLong()).as("another partnership's events do not grow this log").isEqualTo(before);
        assertThat(after.get("log").asString()).isEqualTo(riverside.partnershipId().toString());
        assertThat(after.get("body").asString()).contains(riverside.partnershipId().toString());
        long riversideLeaves = jdbc.sql("select count(*) from audit_leaf l join audit_event e on e.id = l.event_id"
                + " where e.partnership_id = :p").param("p", riverside.partnershipId()).query(Long.class).single();
        assertThat(before).isEqualTo(riversideLeaves);

        JsonNode hillford = latest("Bearer demo-hillford-token");
        assertThat(hillford.get("log").asString()).isEqualTo(signedIn.actor("dsl@hillford-primary.example").partnershipId().toString());
        // A leaf Riverside's log has and Hillford's does not: Hillford cannot reach into Riverside's log.
        assertThat(hillford.get("treeSize").asLong()).isLessThan(before - 1);
        mvc.perform(get("/api/v1/audit/events/" + (before - 1) + "/inclusion-proof")
                .header("Authorization", "Bearer demo-hillford-token")).andExpect(status().isNotFound());
    }

    @Test
    void anInclusionProofFromTheApiVerifiesAgainstTheLatestCheckpoint() throws Exception {
        JsonNode latest = json(mvc.perform(get("/api/v1/audit/checkpoints/latest").header("Authorization", TOKEN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long size = latest.get("treeSize").asLong();
        JsonNode proof = json(mvc.perform(get("/api/v1/audit/events/0/inclusion-proof").param("treeSize", String.valueOf(size))
                .header("Authorization", TOKEN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(MerkleProofs.verifyInclusion(0, size, decode(proof.get("leafHash")), hashes(proof.get("proof")),
                decode(latest.get("rootHash")))).isTrue();
        JsonNode consistency = json(mvc.perform(get("/api/v1/audit/consistency-proof").param("first", "1")
                .param("second", String.valueOf(size)).header("Authorization", TOKEN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(MerkleProofs.verifyConsistency(1, size, decode(consistency.get("firstRoot")), decode(latest.get("rootHash")),
                hashes(consistency.get("proof")))).isTrue();
    }

    @Test
    void anUnknownLeafIsNotFoundAndASizeBeyondTheTreeIsUnprocessable() throws Exception {
        mvc.perform(get("/api/v1/audit/events/999999999/inclusion-proof").header("Authorization", TOKEN))
                .andExpect(status().isNotFound()).andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/audit/events/0/inclusion-proof").param("treeSize", "999999999").header("Authorization", TOKEN))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field", is("treeSize")));
        mvc.perform(get("/api/v1/audit/consistency-proof").param("first", "2").param("second", "999999999")
                .header("Authorization", TOKEN)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/audit/consistency-proof").param("first", "0").param("second", "1")
                .header("Authorization", TOKEN)).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/audit/checkpoints")).andExpect(status().isUnauthorized());
    }

    private static JsonNode json(String body) {
        return new ObjectMapper().readTree(body);
    }

    private static byte[] decode(JsonNode node) {
        return Base64.getDecoder().decode(node.asString());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> list = new ArrayList<>();
        array.forEach(n -> list.add(decode(n)));
        return list;
    }
}
