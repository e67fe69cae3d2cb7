package org.safeshare.matching.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The linkage index's own side of the catch-up (ADR 0024): which records it holds, how many per partnership, and the
 * counts of records not yet indexed that the lookups show (V198). The people's side comes through the people module's
 * API ({@code PeopleForLinkage}), never by reading its tables.
 */
@Repository
public class BacklogRepository {

    private final JdbcClient jdbc;

    BacklogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which of these records the index holds under this key set: the record's row of kind {@code keySetKind} has the set's
     * number as its key (IndexEntries.KEY_SET_KIND); a record without it is not yet indexed, or is to key again.
     */
    public Set<UUID> indexedAmong(Collection<UUID> records, short keySetKind, long keySet) {
        if (records.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select person_id from matching_key where kind = ? and key = ? and person_id = any(?)")
                .params(keySetKind, keySet, records.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** How many records the index holds in each partnership under this key set (V210's partial index answers it). */
    public Map<UUID, Long> indexedByPartnership(short keySetKind, long keySet) {
        return jdbc.sql("select partnership_id, count(*) as records from matching_key where kind = ? and key = ? group by partnership_id")
                .params(keySetKind, keySet).query((rs, n) -> Map.entry(rs.getObject("partnership_id", UUID.class), rs.getLong("records")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Replaces the stored counts with these (a partnership not named has none left). */
    public void store(Map<UUID, Long> byPartnership, Instant at) {
        UUID[] named = byPartnership.keySet().toArray(UUID[]::new);
        jdbc.sql("delete from matching_index_backlog where not (partnership_id = any(?))").param(named).update();
        byPartnership.forEach((partnership, unindexed) -> jdbc.sql("""
                insert into matching_index_backlog (partnership_id, unindexed, counted_at) values (?, ?, ?)
                on conflict (partnership_id) do update set unindexed = excluded.unindexed, counted_at = excluded.counted_at""")
                .params(partnership, unindexed, Timestamp.from(at)).update());
    }

    /** The partnership's records not yet indexed, as last counted: 0 when the index is complete. */
    public long unindexed(UUID partnership) {
        return jdbc.sql("select unindexed from matching_index_backlog where partnership_id = ?").param(partnership).query(Long.class)
                .optional().orElse(0L);
    }
}
