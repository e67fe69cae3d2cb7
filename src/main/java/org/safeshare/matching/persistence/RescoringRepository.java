package org.safeshare.matching.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.matching.persistence.LinkRepository.StoredPair;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Re-scoring pending from thresholds version N" (V199): one row per partnership whose model pairs have still to follow
 * its thresholds, with the job's cursor (the last pair done, in id order) and how far it has got.
 */
@Repository
public class RescoringRepository {

    /** A partnership's pending re-scoring. {@code after} is empty before the first batch. */
    public record Pending(UUID partnershipId, long thresholdsVersion, Optional<UUID> after, long total, long done, UUID requestedFor) {

        public long left() {
            return Math.max(0, total - done);
        }
    }

    private final JdbcClient jdbc;

    RescoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts (or restarts, from the first pair) the re-scoring for these thresholds; how many pairs it has to score. */
    public long request(UUID partnership, long version, UUID forOrganisation, Instant at) {
        long total = jdbc.sql("""
                select count(*) from matching_pair where partnership_id = ? and status in ('REVIEW', 'LINKED', 'WITHDRAWN')
                  and decided_by is null and unlinked_by is null""").param(partnership).query(Long.class).single();
        jdbc.sql("""
                insert into matching_rescoring (partnership_id, thresholds_version, after_pair, pairs_total, pairs_done, requested_for,
                    requested_at) values (?, ?, null, ?, 0, ?, ?)
                on conflict (partnership_id) do update set thresholds_version = excluded.thresholds_version, after_pair = null,
                    pairs_total = excluded.pairs_total, pairs_done = 0, requested_for = excluded.requested_for,
                    requested_at = excluded.requested_at""")
                .params(partnership, version, total, forOrganisation, Timestamp.from(at)).update();
        return total;
    }

    public Optional<Pending> pending(UUID partnership) {
        return jdbc.sql("select * from matching_rescoring where partnership_id = ?").param(partnership).query((rs, n) -> pending(rs))
                .optional();
    }

    /** The partnerships with re-scoring still to do, longest waiting first. */
    public List<UUID> partnershipsPending() {
        return jdbc.sql("select partnership_id from matching_rescoring order by requested_at").query(UUID.class).list();
    }

    /** The next {@code most} pairs the model decided, after the cursor, in id order. */
    public List<StoredPair> nextPairs(Pending pending, int most) {
        return jdbc.sql("""
                select * from matching_pair where partnership_id = :partnership and status in ('REVIEW', 'LINKED', 'WITHDRAWN')
                  and decided_by is null and unlinked_by is null and (cast(:after as uuid) is null or id > cast(:after as uuid))
                order by id limit :most""")
                .param("partnership", pending.partnershipId()).param("after", pending.after().orElse(null)).param("most", most)
                .query((rs, n) -> LinkRepository.pair(rs)).list();
    }

    /** Moves the cursor past a batch, in the batch's transaction: an interrupted batch leaves it where it was. */
    public void advance(UUID partnership, UUID after, int pairs) {
        jdbc.sql("update matching_rescoring set after_pair = ?, pairs_done = pairs_done + ? where partnership_id = ?")
                .params(after, pairs, partnership).update();
    }

    public void finish(UUID partnership) {
        jdbc.sql("delete from matching_rescoring where partnership_id = ?").param(partnership).update();
    }

    private static Pending pending(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Pending(rs.getObject("partnership_id", UUID.class), rs.getLong("thresholds_version"),
                Optional.ofNullable(rs.getObject("after_pair", UUID.class)), rs.getLong("pairs_total"), rs.getLong("pairs_done"),
                rs.getObject("requested_for", UUID.class));
    }
}
