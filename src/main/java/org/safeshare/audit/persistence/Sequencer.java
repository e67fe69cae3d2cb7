package org.safeshare.audit.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeshare.audit.domain.Checkpoint;
import org.safeshare.audit.domain.EventEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives committed events their leaf indices in their partnership's log (docs/adr/0009), gapless, in an order that never changes afterwards
 * (docs/adr/0005): only events whose transaction id is below the xmin of a fresh snapshot, that is
 * written by a transaction that has ended, are taken, in transaction id order. An event of a transaction
 * still in flight waits, and so does every later one, so none can later appear before an indexed one.
 */
@Component
public class Sequencer {

    /** One sequencer at a time across every instance of the service. */
    private static final long LOCK = 0x5AFE_5A4E_A0D1_0001L;
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;

    Sequencer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sequences what is ready; answers how many events were given an index. */
    @Transactional
    public int sequence() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
        String xmin = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single();
        // Where the last pass stopped: every event below it has a leaf or never committed (only a bound on the scan).
        String low = jdbc.sql("""
                select e.xid::text from audit_event e where exists (select 1 from audit_leaf l where l.event_id = e.id)
                order by e.xid desc limit 1""").query(String.class).optional().orElse("0");
        List<EventEntry> ready = jdbc.sql("select " + AuditRepository.COLUMNS + """
                 from audit_event e
                where e.xid >= cast(:low as xid8) and e.xid < cast(:xmin as xid8)
                  and not exists (select 1 from audit_leaf l where l.event_id = e.id)
                order by e.xid, e.id limit :batch""")
                .param("low", low).param("xmin", xmin).param("batch", BATCH)
                .query((rs, n) -> AuditRepository.entry(rs)).list();
        // Each log takes its events in the one global order, so each log is gapless and never reordered (ADR 0009).
        Map<String, Long> next = new HashMap<>();
        for (EventEntry entry : ready) {
            String log = logOf(entry);
            long index = next.computeIfAbsent(log, this::nextIndex);
            next.put(log, index + 1);
            jdbc.sql("insert into audit_leaf (log, leaf_index, event_id, leaf_hash) values (?, ?, ?, ?)")
                    .params(log, index, entry.id(), entry.leafHash()).update();
        }
        return ready.size();
    }

    /** A partnership's events go to its own log; events of no partnership (a failed anonymous sign-in) to the service log. */
    static String logOf(EventEntry entry) {
        return entry.partnershipId() == null ? Checkpoint.SERVICE_LOG : entry.partnershipId();
    }

    private long nextIndex(String log) {
        return jdbc.sql("select coalesce(max(leaf_index) + 1, 0) from audit_leaf where log = :log").param("log", log)
                .query(Long.class).single();
    }
}
