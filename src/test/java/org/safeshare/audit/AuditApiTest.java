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
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A partner system fetches checkpoints and proofs that verify; bad sizes and unknown leaves are problem details. */
@SafeshareTest
class AuditApiTest {

    private static final String TOKEN = "Bearer demo-csc-token";
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Sequencer sequencer;
    @Autowired AuditTree tree;

    @BeforeEach
    void someSequencedEventsAndACheckpoint() {
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into audit_event (occurred_at, action, outcome) values (now(), 'AUDIT_VIEWED', 'DONE')").update();
        }
        sequencer.sequence();
        tree.publish();
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
