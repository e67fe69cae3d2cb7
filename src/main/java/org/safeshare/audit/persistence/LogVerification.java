package org.safeshare.audit.persistence;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.domain.LogCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the whole stored log, leaf by leaf with its event, and checks it ({@link LogCheck}). Works on any
 * connection, so tests can tamper inside a transaction and verify before rolling it back. Streams rows;
 * for PostgreSQL to stream, the connection must not be in auto-commit.
 */
public final class LogVerification {

    private LogVerification() {}

    public static LogCheck.Report verify(JdbcTemplate template, Map<String, PublicKey> trustedKeys, List<Checkpoint> exported) {
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(5_000);
        List<Checkpoint> checkpoints = new ArrayList<>(AuditTree.checkpoints(JdbcClient.create(template)));
        checkpoints.addAll(exported);
        LogCheck check = new LogCheck(checkpoints, trustedKeys);
        streaming.query("select l.leaf_index, l.leaf_hash, " + AuditRepository.COLUMNS
                + " from audit_leaf l left join audit_event e on e.id = l.event_id order by l.leaf_index", rs -> {
                    check.leaf(rs.getLong("leaf_index"), rs.getObject("id") == null ? null : AuditRepository.entry(rs),
                            rs.getBytes("leaf_hash"));
                });
        return check.report();
    }

    /** Events committed but not yet given a leaf: not covered by this verification. */
    public static long unsequenced(JdbcTemplate template) {
        return JdbcClient.create(template).sql("""
                select count(*) from audit_event e where not exists (select 1 from audit_leaf l where l.event_id = e.id)""")
                .query(Long.class).single();
    }
}
