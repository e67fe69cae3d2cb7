package org.safeshare.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.domain.MerkleTree;
import org.safeshare.audit.domain.SigningKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Merkle trees of sequenced leaves, one per log (a partnership's, or the service log: docs/adr/0009), kept in
 * memory and caught up from audit_leaf before each use, and their signed checkpoints. Serves proofs and publishes.
 */
@Component
public class AuditTree {

    private final JdbcClient jdbc;
    private final AuditKeys keys;
    private final Clock clock;
    private final Map<String, MerkleTree> trees = new HashMap<>();

    AuditTree(JdbcClient jdbc, AuditKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** Runs a read of one log's tree after catching up with every leaf sequenced into it so far. */
    public synchronized <T> T read(String log, Function<MerkleTree, T> reading) {
        return reading.apply(caughtUp(log));
    }

    /** Signs and stores a checkpoint of every log that has grown since its latest one. */
    public synchronized List<Checkpoint> publish() {
        return logs(jdbc).stream().flatMap(log -> publish(log).stream()).toList();
    }

    private Optional<Checkpoint> publish(String log) {
        MerkleTree tree = caughtUp(log);
        long size = tree.size();
        if (size == 0 || latest(log).map(c -> c.treeSize() >= size).orElse(false)) {
            return Optional.empty();
        }
        Checkpoint checkpoint = SigningKeys.sign(keys.signing(), log, size, tree.root(size), clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                insert into audit_checkpoint (log, tree_size, root_hash, issued_at, key_id, signature)
                values (:log, :size, :root, :at, :key, :signature) on conflict do nothing""")
                .param("log", log).param("size", size).param("root", checkpoint.rootHash())
                .param("at", OffsetDateTime.ofInstant(checkpoint.issuedAt(), ZoneOffset.UTC))
                .param("key", checkpoint.keyId()).param("signature", checkpoint.signature()).update();
        return Optional.of(checkpoint);
    }

    /** Every checkpoint of every log, for an operator's export. */
    public List<Checkpoint> checkpoints() {
        return checkpoints(jdbc);
    }

    public List<Checkpoint> checkpoints(String log) {
        return jdbc.sql("select * from audit_checkpoint where log = :log order by tree_size").param("log", log)
                .query(AuditTree::checkpoint).list();
    }

    public Optional<Checkpoint> latest(String log) {
        return jdbc.sql("select * from audit_checkpoint where log = :log order by tree_size desc limit 1").param("log", log)
                .query(AuditTree::checkpoint).optional();
    }

    static List<Checkpoint> checkpoints(JdbcClient jdbc) {
        return jdbc.sql("select * from audit_checkpoint order by log, tree_size").query(AuditTree::checkpoint).list();
    }

    /** The logs that have leaves, read from the primary key one log at a time rather than by scanning every leaf. */
    static List<String> logs(JdbcClient jdbc) {
        return jdbc.sql("""
                with recursive logs(log) as (
                    (select log from audit_leaf order by log limit 1)
                    union all
                    select (select l.log from audit_leaf l where l.log > logs.log order by l.log limit 1) from logs
                    where logs.log is not null)
                select log from logs where log is not null""").query(String.class).list();
    }

    private static Checkpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getString("log"), rs.getLong("tree_size"), rs.getBytes("root_hash"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"), rs.getBytes("signature"));
    }

    private MerkleTree caughtUp(String log) {
        MerkleTree tree = trees.computeIfAbsent(log, l -> new MerkleTree());
        jdbc.sql("select leaf_index, leaf_hash from audit_leaf where log = :log and leaf_index >= :from order by leaf_index")
                .param("log", log).param("from", tree.size())
                .query(rs -> {
                    if (rs.getLong("leaf_index") == tree.size()) {
                        tree.append(rs.getBytes("leaf_hash"));
                    }
                });
        return tree;
    }
}
