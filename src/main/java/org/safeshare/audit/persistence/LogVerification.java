package org.safeshare.audit.persistence;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.domain.LogCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every stored log, leaf by leaf with its event, and checks each ({@link LogCheck}): the service log and every
 * partnership's (docs/adr/0009). Works on any connection, so tests can tamper inside a transaction and verify before
 * rolling it back. Streams rows; for PostgreSQL to stream, the connection must not be in auto-commit.
 */
public final class LogVerification {

    private LogVerification() {}

    /** What verification found, log by log; clean when every log is. */
    public record Result(Map<String, LogCheck.Report> logs) {

        public boolean clean() {
            return logs.values().stream().allMatch(LogCheck.Report::clean);
        }

        public long leaves() {
            return logs.values().stream().mapToLong(LogCheck.Report::leaves).sum();
        }

        public int checkpoints() {
            return logs.values().stream().mapToInt(LogCheck.Report::checkpoints).sum();
        }

        /** One log's report; a log with neither leaves nor checkpoints is trivially clean. */
        public LogCheck.Report log(String log) {
            return logs.getOrDefault(log, new LogCheck(List.of(), Map.of()).report());
        }
    }

    public static Result verify(JdbcTemplate template, Map<String, PublicKey> trustedKeys, List<Checkpoint> exported) {
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(5_000);
        List<Checkpoint> checkpoints = new ArrayList<>(AuditTree.checkpoints(JdbcClient.create(template)));
        checkpoints.addAll(exported);
        // A log may have checkpoints but no leaves left (all deleted): it is checked too, and found wanting.
        TreeSet<String> logs = new TreeSet<>(checkpoints.stream().map(Checkpoint::log).toList());
        Map<String, LogCheck.Report> reports = new LinkedHashMap<>();
        String[] current = {null};
        LogCheck[] check = {null};
        streaming.query("select l.log, l.leaf_index, l.leaf_hash, " + AuditRepository.COLUMNS
                + " from audit_leaf l left join audit_event e on e.id = l.event_id order by l.log, l.leaf_index", rs -> {
                    String log = rs.getString("log");
                    if (!log.equals(current[0])) {
                        // Logs arrive one after another: the previous one is complete, so report it and free its tree.
                        if (check[0] != null) {
                            reports.put(current[0], check[0].report());
                        }
                        current[0] = log;
                        check[0] = new LogCheck(of(checkpoints, log), trustedKeys);
                    }
                    check[0].leaf(rs.getLong("leaf_index"), rs.getObject("id") == null ? null : AuditRepository.entry(rs),
                            rs.getBytes("leaf_hash"));
                });
        if (check[0] != null) {
            reports.put(current[0], check[0].report());
        }
        logs.stream().filter(log -> !reports.containsKey(log))
                .forEach(log -> reports.put(log, new LogCheck(of(checkpoints, log), trustedKeys).report()));
        return new Result(reports);
    }

    private static List<Checkpoint> of(List<Checkpoint> checkpoints, String log) {
        return checkpoints.stream().filter(c -> c.log().equals(log)).toList();
    }

    /** Events committed but not yet given a leaf: not covered by this verification. */
    public static long unsequenced(JdbcTemplate template) {
        return JdbcClient.create(template).sql("""
                select count(*) from audit_event e where not exists (select 1 from audit_leaf l where l.event_id = e.id)""")
                .query(Long.class).single();
    }
}
