package org.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.safeshare.audit.persistence.Sequencer;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Transactions that commit out of id order still get gapless leaf indices, and an index never changes once given. */
@SafeshareTest
class AuditSequencerTest {

    @Autowired DataSource dataSource;
    @Autowired Sequencer sequencer;
    @Autowired JdbcClient jdbc;

    @Test
    void anEventWaitsWhileAnEarlierTransactionIsInFlightAndIndicesStayGapless() throws Exception {
        try (Connection slow = dataSource.getConnection(); Connection quick = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long slowId = insert(slow);
            long quickId = insert(quick); // auto-commit: commits now, with a later id and transaction id
            assertThat(quickId).isGreaterThan(slowId);

            sequencer.sequence();
            assertThat(leafOf(quickId)).as("the committed event waits for the earlier transaction").isNull();

            slow.commit();
            sequencer.sequence();
            Long slowLeaf = leafOf(slowId);
            Long quickLeaf = leafOf(quickId);
            assertThat(slowLeaf).isNotNull();
            assertThat(quickLeaf).isGreaterThan(slowLeaf);
        }
        // Every log is gapless: its highest index is its number of leaves less one.
        assertThat(jdbc.sql("select count(*) from audit_leaf group by log having max(leaf_index) <> count(*) - 1").query(Long.class)
                .list()).isEmpty();
    }

    @Test
    void aRolledBackEventNeverGetsALeaf() throws Exception {
        long id;
        try (Connection aborted = dataSource.getConnection()) {
            aborted.setAutoCommit(false);
            id = insert(aborted);
            aborted.rollback();
        }
        sequencer.sequence();
        assertThat(leafOf(id)).isNull();
    }

    private Long leafOf(long eventId) {
        return jdbc.sql("select leaf_index from audit_leaf where event_id = :id").param("id", eventId).query(Long.class).optional()
                .orElse(null);
    }

    private static long insert(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_event (occurred_at, action, outcome) values (now(), 'AUDIT_VIEWED', 'DONE') returning id");
                ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
