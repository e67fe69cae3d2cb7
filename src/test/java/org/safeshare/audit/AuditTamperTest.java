package org.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.domain.LogCheck;
import org.safeshare.audit.domain.SigningKeys;
import org.safeshare.audit.persistence.AuditKeys;
import org.safeshare.audit.persistence.AuditTree;
import org.safeshare.audit.persistence.CheckpointExport;
import org.safeshare.audit.persistence.LogVerification;
import org.safeshare.audit.persistence.Sequencer;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Tampering with stored audit rows, by someone able to bypass the append-only triggers (a superuser), is
 * detected and the first bad leaf named. Each case tampers inside a transaction, verifies, and rolls back.
 */
@SafeshareTest
class AuditTamperTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Sequencer sequencer;
    @Autowired AuditTree tree;
    @Autowired AuditKeys keys;

    private long target;

    @BeforeEach
    void aSequencedLogWithACheckpointAfterTheTarget() {
        for (int i = 0; i < 6; i++) {
            jdbc.sql("insert into audit_event (occurred_at, action, outcome) values (now(), 'AUDIT_VIEWED', 'DONE')").update();
        }
        sequencer.sequence();
        tree.publish();
        target = jdbc.sql("select max(leaf_index) - 3 from audit_leaf where log = 'service'").query(Long.class).single();
    }

    @Test
    void theUntouchedLogIsClean() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertThat(LogVerification.verify(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), keys.trusted(),
                    List.of()).clean()).as("every log").isTrue();
            connection.rollback();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        LogCheck.Report report = tampered(sql -> {});
        assertThat(report.problems()).isEmpty();
        assertThat(report.leaves()).isGreaterThan(target);
    }

    @Test
    void theServiceCannotUpdateOrDeleteAuditRows() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'REFUSED' where id = (select min(id) from audit_event)").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_leaf where log = 'service' and leaf_index = 0").update()).rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_checkpoint").update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aChangedFieldOfOneEventIsNamedByItsIndex() {
        LogCheck.Report report = tampered(sql -> sql.update(
                "update audit_event set client_address = '203.0.113.9' where id = (select event_id from audit_leaf where log = 'service' and leaf_index = ?)",
                target));
        assertThat(report.firstBadIndex()).hasValue(target);
    }

    @Test
    void aDetailWrittenIntoOneEventAfterwardsIsNamedByItsIndex() {
        LogCheck.Report report = tampered(sql -> sql.update(
                "update audit_event set detail = 'role:PARTNERSHIP_ADMINISTRATOR' where id = (select event_id from audit_leaf where log = 'service' and leaf_index = ?)",
                target));
        assertThat(report.firstBadIndex()).hasValue(target);
    }

    @Test
    void aDeletedEventIsNamedByItsIndex() {
        LogCheck.Report report = tampered(sql -> sql.update(
                "delete from audit_event where id = (select event_id from audit_leaf where log = 'service' and leaf_index = ?)", target));
        assertThat(report.firstBadIndex()).hasValue(target);
    }

    @Test
    void aDeletedLeafAndEventAreNamedByTheMissingIndex() {
        LogCheck.Report report = tampered(sql -> {
            Long event = sql.queryForObject("select event_id from audit_leaf where log = 'service' and leaf_index = ?", Long.class, target);
            sql.update("delete from audit_leaf where log = 'service' and leaf_index = ?", target);
            sql.update("delete from audit_event where id = ?", event);
        });
        assertThat(report.firstBadIndex()).hasValue(target);
    }

    @Test
    void twoEventsSwappedWithTheirLeafHashesAreCaughtByTheCheckpoint() {
        LogCheck.Report report = tampered(sql -> {
            sql.update("update audit_leaf set leaf_index = 999999999999 where log = 'service' and leaf_index = ?", target);
            sql.update("update audit_leaf set leaf_index = ? where log = 'service' and leaf_index = ?", target, target + 1);
            sql.update("update audit_leaf set leaf_index = ? where log = 'service' and leaf_index = 999999999999", target + 1);
        });
        assertThat(report.clean()).isFalse();
        assertThat(report.firstBadIndex().getAsLong()).isLessThanOrEqualTo(target);
    }

    @Test
    void aTruncatedLogIsNamedByTheFirstMissingIndex() {
        long last = jdbc.sql("select max(leaf_index) from audit_leaf where log = 'service'").query(Long.class).single();
        LogCheck.Report report = tampered(sql -> {
            List<Long> events = sql.queryForList("select event_id from audit_leaf where log = 'service' and leaf_index >= ?", Long.class, target);
            sql.update("delete from audit_leaf where log = 'service' and leaf_index >= ?", target);
            events.forEach(e -> sql.update("delete from audit_event where id = ?", e));
        });
        assertThat(last).isGreaterThan(target);
        assertThat(report.firstBadIndex()).hasValue(target);
    }

    @Test
    void aCheckpointSignedWithAnUnknownKeyIsRejected() {
        Checkpoint latest = tree.latest(Checkpoint.SERVICE_LOG).orElseThrow();
        Checkpoint forged = SigningKeys.sign(SigningKeys.generate(), latest.treeSize(), latest.rootHash(), Instant.now());
        LogCheck.Report report = tampered(sql -> sql.update(
                "insert into audit_checkpoint (log, tree_size, root_hash, issued_at, key_id, signature) values ('service', ?, ?, now(), ?, ?)",
                latest.treeSize() + 1_000_000, forged.rootHash(), forged.keyId(), forged.signature()));
        assertThat(report.problems()).anyMatch(p -> p.contains("not trusted"));
    }

    @Test
    void aWholeRewriteIsDetectedByAnExportedCheckpoint() {
        List<Checkpoint> exported = CheckpointExport.read(CheckpointExport.write(tree.checkpoints()));
        // The rewrite recomputes every leaf hash and re-signs nothing: the database alone would look consistent.
        LogCheck.Report report = tampered(sql -> {
            sql.update("delete from audit_checkpoint");
            sql.update("update audit_event set client_address = '198.51.100.1' where id = (select event_id from audit_leaf where log = 'service' and leaf_index = ?)",
                    target);
            sql.update("delete from audit_leaf where log = 'service' and leaf_index >= ?", target);
        }, exported);
        assertThat(report.clean()).isFalse();
        assertThat(report.firstBadIndex().getAsLong()).isLessThanOrEqualTo(target);
    }

    @Test
    void tamperingInOnePartnershipsLogIsNamedInThatLogAndTheOthersStayClean() {
        String riverside = jdbc.sql("select id::text from partnership where name = 'Riverside Safeguarding Children Partnership'")
                .query(String.class).single();
        jdbc.sql("insert into audit_event (occurred_at, partnership_id, action, outcome) values (now(), ?::uuid, 'AUDIT_VIEWED', 'DONE')")
                .param(riverside).update();
        sequencer.sequence();
        long leaf = jdbc.sql("select max(leaf_index) from audit_leaf where log = ?").param(riverside).query(Long.class).single();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            sql.execute("set local session_replication_role = replica");
            sql.update("update audit_event set client_address = '203.0.113.7' where id = (select event_id from audit_leaf where log = ?"
                    + " and leaf_index = ?)", riverside, leaf);
            LogVerification.Result result = LogVerification.verify(sql, keys.trusted(), List.of());
            connection.rollback();
            assertThat(result.clean()).isFalse();
            assertThat(result.log(riverside).firstBadIndex()).hasValue(leaf);
            assertThat(result.log(Checkpoint.SERVICE_LOG).clean()).isTrue();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exportedCheckpointsKeepTheirLogAndALineFromBeforeTheSplitIsTheServiceLogs() {
        Checkpoint partnership = SigningKeys.sign(SigningKeys.generate(), java.util.UUID.randomUUID().toString(), 3, new byte[32],
                Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(CheckpointExport.read(CheckpointExport.write(List.of(partnership))).getFirst().log()).isEqualTo(partnership.log());
        String before = "3 " + partnership.rootBase64() + " 2026-12-01T10:00:00Z abcd " + java.util.Base64.getEncoder()
                .encodeToString(partnership.signature());
        assertThat(CheckpointExport.read(before).getFirst().log()).isEqualTo(Checkpoint.SERVICE_LOG);
    }

    private LogCheck.Report tampered(Consumer<JdbcTemplate> tampering) {
        return tampered(tampering, List.of());
    }

    /** Tampers as a superuser would (replica mode skips triggers), verifies on the same connection, rolls back. */
    private LogCheck.Report tampered(Consumer<JdbcTemplate> tampering, List<Checkpoint> exported) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                sql.execute("set local session_replication_role = replica");
                tampering.accept(sql);
                // These events belong to no partnership, so they are in the service log (docs/adr/0009).
                return LogVerification.verify(sql, keys.trusted(), exported).log(Checkpoint.SERVICE_LOG);
            } finally {
                connection.rollback();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
