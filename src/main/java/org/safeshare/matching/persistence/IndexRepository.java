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

    /** One record's keys (or terms) in its partnership: a batch's question to the index. */
    public record Asked(UUID partnership, UUID record, Set<Entry> entries) {}

    /**
     * {@link #lock} for a batch of records, in one statement: every key of every partnership, in (partnership, key) order,
     * which orders each partnership's keys as {@link #lock} does, so a batch and a single record cannot wait on each other.
     */
    public void lockAll(Collection<Asked> records) {
        List<String> partnerships = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        for (Asked asked : records) {
            for (Entry e : asked.entries()) {
                partnerships.add(asked.partnership().toString());
                keys.add(e.key() ^ ((long) e.kind() << 56));
            }
        }
        jdbc.sql("""
                select count(pg_advisory_xact_lock(:locks, hashtext(p || ':' || k::text)))
                from (select distinct p, k from unnest(:partnerships::text[], :keys::bigint[]) as u(p, k) order by p, k) sorted""")
                .param("locks", LINKAGE_LOCKS).param("partnerships", partnerships.toArray(String[]::new))
                .param("keys", keys.toArray(Long[]::new)).query(Long.class).single();
    }

    /** {@link #replace} for a batch, in two statements: every row of these records goes, then the rows given are written. */
    public void replaceAll(Collection<UUID> records, Collection<Asked> rows) {
        jdbc.sql("delete from matching_key where person_id = any(?)").param(records.toArray(UUID[]::new)).update();
        Columns columns = new Columns(rows);
        jdbc.sql("""
                insert into matching_key (partnership_id, kind, key, person_id)
                select * from unnest(?::uuid[], ?::smallint[], ?::bigint[], ?::uuid[]) on conflict do nothing""")
                .params(columns.partnerships(), columns.kinds(), columns.keys(), columns.records()).update();
    }

    /** {@link #candidates} for each record of a batch, in one statement: record to candidates, most keys shared first. */
    public Map<UUID, List<UUID>> candidatesOfEach(Collection<Asked> blocking) {
        Columns columns = new Columns(blocking);
        Map<UUID, List<UUID>> candidates = new HashMap<>();
        jdbc.sql("""
                select record, person_id from (
                    select q.record, m.person_id, row_number() over (partition by q.record order by count(*) desc) as place
                    from unnest(:partnerships::uuid[], :kinds::smallint[], :keys::bigint[], :records::uuid[]) as q(partnership_id, kind, key, record)
                    join matching_key m on m.partnership_id = q.partnership_id and m.kind = q.kind and m.key = q.key
                    where m.person_id <> q.record
                    group by q.record, m.person_id) ranked
                where place <= :most order by record, place""")
                .param("partnerships", columns.partnerships()).param("kinds", columns.kinds()).param("keys", columns.keys())
                .param("records", columns.records()).param("most", MOST_CANDIDATES)
                .query((rs, n) -> candidates.computeIfAbsent(rs.getObject("record", UUID.class), r -> new ArrayList<>())
                        .add(rs.getObject("person_id", UUID.class))).list();
        return candidates;
    }

    /**
     * {@link #counts} for the terms of a batch's records, in one statement: per partnership, how many records hold each term
     * and (under {@code recordMarker}) how many records are indexed.
     */
    public Map<UUID, Map<Entry, Long>> countsOfEach(Collection<Asked> terms, Entry recordMarker) {
        Columns columns = new Columns(terms);
        UUID[] partnerships = terms.stream().map(Asked::partnership).distinct().toArray(UUID[]::new);
        Map<UUID, Map<Entry, Long>> counts = new HashMap<>();
        jdbc.sql("""
                select partnership_id, kind, key, count(*) as records from matching_key
                where (partnership_id, kind, key) in (select distinct * from unnest(:partnerships::uuid[], :kinds::smallint[], :keys::bigint[]))
                group by partnership_id, kind, key
                union all
                select partnership_id, 0::smallint, 0::bigint, count(*) from matching_key
                where partnership_id = any(:each::uuid[]) and kind = 0 group by partnership_id""")
                .param("partnerships", columns.partnerships()).param("kinds", columns.kinds()).param("keys", columns.keys())
                .param("each", partnerships)
                .query((rs, n) -> counts.computeIfAbsent(rs.getObject("partnership_id", UUID.class), p -> new HashMap<>())
                        .put(rs.getShort("kind") == 0 ? recordMarker : new Entry(rs.getShort("kind"), rs.getLong("key")), rs.getLong("records")))
                .list();
        return counts;
    }

    /** The rows of a batch as the columns {@code unnest} reads. */
    private record Columns(UUID[] partnerships, Integer[] kinds, Long[] keys, UUID[] records) {

        Columns(Collection<Asked> rows) {
            this(rows.stream().flatMap(a -> a.entries().stream().map(e -> a.partnership())).toArray(UUID[]::new),
                    rows.stream().flatMap(a -> a.entries().stream().map(e -> (int) e.kind())).toArray(Integer[]::new),
                    rows.stream().flatMap(a -> a.entries().stream().map(Entry::key)).toArray(Long[]::new),
                    rows.stream().flatMap(a -> a.entries().stream().map(e -> a.record())).toArray(UUID[]::new));
        }
    }
}
