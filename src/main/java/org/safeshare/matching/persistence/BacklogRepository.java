package org.safeshare.matching.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Children's records not yet in the linkage index (V181), and how many each partnership has as last counted. The
 * anti-join reads the people module's table for ids and holders only, never a record's contents: it must see both
 * tables in one statement to cost one indexed query rather than a read of every child's id.
 */
@Repository
public class BacklogRepository {

    /** A child's record the index does not hold, and the organisation that holds it. */
    public record Unindexed(UUID person, UUID organisation) {}

    private static final String UNINDEXED = """
            from person p where p.kind = 'CHILD'
              and not exists (select 1 from matching_key k where k.person_id = p.id and k.kind = 0)""";

    private final JdbcClient jdbc;

    BacklogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code most} records not yet indexed, in id order after {@code after} (empty: from the first): a run walks the
     * person table's key once, rather than rescanning the records it has just indexed at each batch.
     */
    public List<Unindexed> next(java.util.Optional<UUID> after, int most) {
        return jdbc.sql("select p.id, p.organisation_id " + UNINDEXED
                        + " and (cast(:after as uuid) is null or p.id > cast(:after as uuid)) order by p.id limit :most")
                .param("after", after.orElse(null)).param("most", most)
                .query((rs, n) -> new Unindexed(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class))).list();
    }

    /** How many records each organisation holds that are not yet indexed: one anti-join, cheap when none are left. */
    public Map<UUID, Long> countByOrganisation() {
        return jdbc.sql("select p.organisation_id, count(*) as records " + UNINDEXED + " group by p.organisation_id")
                .query((rs, n) -> Map.entry(rs.getObject("organisation_id", UUID.class), rs.getLong("records"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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
