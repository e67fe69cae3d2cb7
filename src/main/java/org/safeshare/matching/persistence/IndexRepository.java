package org.safeshare.matching.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.safeshare.matching.domain.IndexEntries.Entry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored linkage index (V111): rows of (kind, key, record) per partnership. Every instance of the service reads and
 * writes the same rows, so there is nothing to keep in step between instances; {@link #lock} serialises two
 * transactions that index records sharing a key, so neither misses the other.
 */
@Repository
public class IndexRepository {

    /** The first half of every linkage lock's key, so these locks never meet the jobs' or anyone else's. */
    private static final int LINKAGE_LOCKS = 0x5AFE_013;
    /** A lookup that brings more candidates than this has keys too common to mean anything; the best-keyed are kept. */
    private static final int MOST_CANDIDATES = 2_000;

    private final JdbcClient jdbc;

    IndexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for any other transaction indexing a record with one of these keys to finish, then holds them until this one
     * commits: a record added on another instance at the same moment is committed, and so seen, before this one looks.
     * Locks are taken in key order, so two such transactions cannot wait on each other.
     */
    public void lock(UUID partnership, Set<Entry> entries) {
        Long[] keys = entries.stream().map(e -> e.key() ^ ((long) e.kind() << 56)).sorted().distinct().toArray(Long[]::new);
        jdbc.sql("""
                select count(pg_advisory_xact_lock(:locks, hashtext(:partnership || ':' || k::text)))
                from (select k from unnest(:keys::bigint[]) k order by k) sorted""")
                .param("locks", LINKAGE_LOCKS).param("partnership", partnership.toString()).param("keys", keys)
                .query(Long.class).single();
    }

    /** Replaces the record's rows with these (a changed record's old keys go). */
    public void replace(UUID partnership, UUID person, Set<Entry> entries) {
        jdbc.sql("delete from matching_key where person_id = ?").param(person).update();
        List<Object[]> rows = new ArrayList<>();
        for (Entry e : entries) {
            rows.add(new Object[] {partnership, e.kind(), e.key(), person});
        }
        jdbc.sql("""
                insert into matching_key (partnership_id, kind, key, person_id)
                select ?, k.kind, k.key, ? from unnest(?::smallint[], ?::bigint[]) as k(kind, key) on conflict do nothing""")
                .params(partnership, person, entries.stream().map(e -> (int) e.kind()).toArray(Integer[]::new),
                        entries.stream().map(Entry::key).toArray(Long[]::new))
                .update();
    }

    public void remove(UUID person) {
        jdbc.sql("delete from matching_key where person_id = ?").param(person).update();
    }

    /** Records of the partnership sharing any of these keys, other than {@code except}, most keys shared first. */
    public List<UUID> candidates(UUID partnership, Set<Entry> blocking, UUID except) {
        if (blocking.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select person_id from matching_key
                where partnership_id = :partnership and (kind, key) in (select * from unnest(:kinds::smallint[], :keys::bigint[]))
                  and person_id <> :except
                group by person_id order by count(*) desc limit :most""")
                .param("partnership", partnership).param("kinds", blocking.stream().map(e -> (int) e.kind()).toArray(Integer[]::new))
                .param("keys", blocking.stream().map(Entry::key).toArray(Long[]::new)).param("except", except)
                .param("most", MOST_CANDIDATES).query(UUID.class).list();
    }

    /** How many records hold each of these term keys, and (under the record marker) how many records are indexed. */
    public Map<Entry, Long> counts(UUID partnership, Collection<Entry> terms, Entry recordMarker) {
        List<Entry> asked = new ArrayList<>(terms);
        asked.add(recordMarker);
        Map<Entry, Long> counts = new HashMap<>();
        jdbc.sql("""
                select kind, key, count(*) as records from matching_key
                where partnership_id = :partnership and (kind, key) in (select * from unnest(:kinds::smallint[], :keys::bigint[]))
                group by kind, key""")
                .param("partnership", partnership).param("kinds", asked.stream().map(e -> (int) e.kind()).toArray(Integer[]::new))
                .param("keys", asked.stream().map(Entry::key).toArray(Long[]::new))
                .query((rs, n) -> counts.put(new Entry(rs.getShort("kind"), rs.getLong("key")), rs.getLong("records"))).list();
        return counts;
    }
}
