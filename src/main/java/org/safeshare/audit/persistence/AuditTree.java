package org.safeshare.audit.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.domain.MerkleTree;
import org.safeshare.audit.domain.SigningKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Merkle tree of sequenced leaves, kept in memory and caught up from audit_leaf before each use,
 * and the signed checkpoints. Serves proofs and publishes checkpoints.
 */
@Component
public class AuditTree {

    private final JdbcClient jdbc;
    private final AuditKeys keys;
    private final Clock clock;
    private final MerkleTree tree = new MerkleTree();

    AuditTree(JdbcClient jdbc, AuditKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** Runs a read of the tree after catching up with every leaf sequenced so far. */
    public synchronized <T> T read(java.util.function.Function<MerkleTree, T> reading) {
        catchUp();
        return reading.apply(tree);
    }

    /** Signs and stores a checkpoint of the tree as it is, unless the latest one already covers it. */
    public synchronized Optional<Checkpoint> publish() {
        catchUp();
        long size = tree.size();
        if (size == 0 || latest().map(c -> c.treeSize() >= size).orElse(false)) {
            return Optional.empty();
        }
        Checkpoint checkpoint = SigningKeys.sign(keys.signing(), size, tree.root(size),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        jdbc.sql("""
                insert into audit_checkpoint (tree_size, root_hash, issued_at, key_id, signature)
                values (:size, :root, :at, :key, :signature) on conflict do nothing""")
                .param("size", size).param("root", checkpoint.rootHash())
                .param("at", OffsetDateTime.ofInstant(checkpoint.issuedAt(), ZoneOffset.UTC))
                .param("key", checkpoint.keyId()).param("signature", checkpoint.signature()).update();
        return Optional.of(checkpoint);
    }

    public List<Checkpoint> checkpoints() {
        return checkpoints(jdbc);
    }

    public Optional<Checkpoint> latest() {
        return jdbc.sql("select * from audit_checkpoint order by tree_size desc limit 1").query(AuditTree::checkpoint).optional();
    }

    public Optional<Checkpoint> checkpoint(long treeSize) {
        return jdbc.sql("select * from audit_checkpoint where tree_size = :size").param("size", treeSize)
                .query(AuditTree::checkpoint).optional();
    }

    static List<Checkpoint> checkpoints(JdbcClient jdbc) {
        return jdbc.sql("select * from audit_checkpoint order by tree_size").query(AuditTree::checkpoint).list();
    }

    private static Checkpoint checkpoint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Checkpoint(rs.getLong("tree_size"), rs.getBytes("root_hash"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), rs.getBytes("signature"));
    }

    private void catchUp() {
        jdbc.sql("select leaf_index, leaf_hash from audit_leaf where leaf_index >= :from order by leaf_index")
                .param("from", tree.size())
                .query(rs -> {
                    if (rs.getLong("leaf_index") == tree.size()) {
                        tree.append(rs.getBytes("leaf_hash"));
                    }
                });
    }
}
