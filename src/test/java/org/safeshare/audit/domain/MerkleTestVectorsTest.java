package org.safeshare.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every RFC 6962 / RFC 9162 test vector of transparency-dev/merkle (src/test/resources/merkle, Apache 2.0,
 * see its README and LICENSE): each proof verifies exactly when the vector says it should.
 */
class MerkleTestVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> inclusionProofsVerifyExactlyWhenTheyShould() throws Exception {
        return vectors("inclusion", v -> MerkleProofs.verifyInclusion(number(v, "leafIdx"), number(v, "treeSize"),
                bytes(v, "leafHash"), proof(v), bytes(v, "root")));
    }

    @TestFactory
    Stream<DynamicTest> consistencyProofsVerifyExactlyWhenTheyShould() throws Exception {
        return vectors("consistency", v -> MerkleProofs.verifyConsistency(number(v, "size1"), number(v, "size2"),
                bytes(v, "root1"), bytes(v, "root2"), proof(v)));
    }

    @TestFactory
    Stream<DynamicTest> subtreeInclusionProofsVerifyExactlyWhenTheyShould() throws Exception {
        return vectors("subtreeinclusion", v -> MerkleProofs.verifySubtreeInclusion(number(v, "leafIdx"), number(v, "start"),
                number(v, "end"), bytes(v, "leafHash"), proof(v), bytes(v, "root")));
    }

    @TestFactory
    Stream<DynamicTest> subtreeConsistencyProofsVerifyExactlyWhenTheyShould() throws Exception {
        return vectors("subtreeconsistency", v -> MerkleProofs.verifySubtreeConsistency(number(v, "start"), number(v, "end"),
                number(v, "size"), bytes(v, "root1"), bytes(v, "root2"), proof(v)));
    }

    @Test
    void everyVectorFileIsRun() throws Exception {
        long files;
        try (Stream<Path> all = Files.walk(root())) {
            files = all.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertThat(files).isEqualTo(518);
    }

    @Test
    void proofsTheTreeGeneratesVerifyForEveryPairOfSizesUpToSixtyFour() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 64; i++) {
            tree.append(TreeHash.leaf(new byte[] {(byte) i}));
        }
        for (long n = 1; n <= 64; n++) {
            for (long m = 0; m < n; m++) {
                assertThat(MerkleProofs.verifyInclusion(m, n, tree.leaf(m), tree.inclusionProof(m, n), tree.root(n))).isTrue();
                assertThat(MerkleProofs.verifyConsistency(m + 1, n, tree.root(m + 1), tree.root(n), tree.consistencyProof(m + 1, n)))
                        .isTrue();
            }
        }
    }

    @Test
    void theTreeRootMatchesTheVectorsRootOfEightLeaves() throws Exception {
        // The vectors' 8-leaf tree: leaves are the RFC 6962 reference inputs (transparency-dev/merkle testonly).
        String[] hex = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};
        MerkleTree tree = new MerkleTree();
        for (String h : hex) {
            tree.append(TreeHash.leaf(java.util.HexFormat.of().parseHex(h)));
        }
        assertThat(Base64.getEncoder().encodeToString(tree.root(8))).isEqualTo("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=");
        assertThat(Base64.getEncoder().encodeToString(tree.root(0))).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    private interface Check {
        boolean verifies(JsonNode vector);
    }

    private Stream<DynamicTest> vectors(String kind, Check check) throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root().resolve(kind))) {
            all.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertThat(files).isNotEmpty();
        Path base = root();
        return files.stream().map(file -> DynamicTest.dynamicTest(base.relativize(file).toString(), () -> {
            JsonNode vector = JSON.readTree(file.toFile());
            boolean wantErr = vector.get("wantErr").asBoolean();
            boolean verified;
            try {
                verified = check.verifies(vector);
            } catch (OutOfRange e) {
                verified = false;
            }
            assertThat(verified).as(vector.get("desc").asString()).isEqualTo(!wantErr);
        }));
    }

    private static Path root() throws URISyntaxException {
        return Path.of(MerkleTestVectorsTest.class.getResource("/merkle").toURI());
    }

    /** Sizes are uint64 in the vectors; one beyond a Java long can name no leaf of any real tree. */
    private static long number(JsonNode vector, String field) {
        BigInteger value = vector.get(field).bigIntegerValue();
        if (value.bitLength() > 63) {
            throw new OutOfRange();
        }
        return value.longValueExact();
    }

    private static byte[] bytes(JsonNode vector, String field) {
        JsonNode node = vector.get(field);
        return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asString());
    }

    private static List<byte[]> proof(JsonNode vector) {
        List<byte[]> proof = new ArrayList<>();
        JsonNode node = vector.get("proof");
        if (node != null && !node.isNull()) {
            node.forEach(p -> proof.add(Base64.getDecoder().decode(p.asString())));
        }
        return proof;
    }

    private static final class OutOfRange extends RuntimeException {}
}
