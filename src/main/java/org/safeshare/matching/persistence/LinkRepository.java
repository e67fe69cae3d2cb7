package org.safeshare.matching.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.matching.domain.Thresholds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pairs of linked, proposed and rejected records, and each partnership's thresholds. */
@Repository
public class LinkRepository {

    /** A stored pair; {@code first} sorts before {@code second}, so a pair has one row whichever side asks. */
    public record StoredPair(UUID id, UUID partnershipId, UUID first, UUID second, double probability, String reasons, PairStatus status,
            Instant proposedAt, boolean decidedByAPerson) {

        public UUID other(UUID person) {
            return first.equals(person) ? second : first;
        }
    }

    /** WITHDRAWN: proposed or linked by the model, then below the review threshold when the thresholds rose (V190). */
    public enum PairStatus { REVIEW, LINKED, REJECTED, UNLINKED, WITHDRAWN }

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredPair> involving(UUID person) {
        return jdbc.sql("select * from matching_pair where first_person_id = ? or second_person_id = ?").params(person, person)
                .query((rs, n) -> pair(rs)).list();
    }

    public List<StoredPair> awaitingReview(UUID partnership) {
        return jdbc.sql("select * from matching_pair where partnership_id = ? and status = 'REVIEW' order by proposed_at")
                .param(partnership).query((rs, n) -> pair(rs)).list();
    }

    public Optional<StoredPair> find(UUID id) {
        return jdbc.sql("select * from matching_pair where id = ?").param(id).query((rs, n) -> pair(rs)).optional();
    }

    /**
     * Adds the pair unless it is already stored (linked, proposed or rejected): a rejection stands. A pair withdrawn when
     * the thresholds rose is proposed (or linked) again, as it would be had it never been stored.
     */
    public boolean propose(UUID partnership, UUID a, UUID b, double probability, String reasons, PairStatus status, Instant at) {
        boolean ordered = a.toString().compareTo(b.toString()) < 0; // PostgreSQL orders uuids bytewise, as their text sorts
        return jdbc.sql("""
                insert into matching_pair (id, partnership_id, first_person_id, second_person_id, probability, reasons, status, proposed_at,
                    decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (first_person_id, second_person_id) do update set probability = excluded.probability,
                    reasons = excluded.reasons, status = excluded.status, proposed_at = excluded.proposed_at,
                    decided_at = excluded.decided_at
                  where matching_pair.status = 'WITHDRAWN'""")
                .params(UUID.randomUUID(), partnership, ordered ? a : b, ordered ? b : a, probability, reasons, status.name(),
                        Timestamp.from(at), status == PairStatus.REVIEW ? null : Timestamp.from(at))
                .update() == 1;
    }

    /** Records a reviewer's decision on a pair still awaiting one; false when there is none such in the partnership. */
    public boolean decide(UUID pair, UUID partnership, PairStatus status, UUID by, String reason, Instant at) {
        return jdbc.sql("""
                update matching_pair set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                where id = ? and partnership_id = ? and status = 'REVIEW'""")
                .params(status.name(), by, Timestamp.from(at), reason, pair, partnership).update() == 1;
    }

    /**
     * Pairs still awaiting review between {@code record} and any of {@code others}: when a reviewer decides that a record
     * is (or is not) a child, its pending pairs with that child's other linked records are the same question.
     */
    public List<StoredPair> awaitingReviewBetween(UUID record, java.util.Collection<UUID> others) {
        if (others.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from matching_pair where status = 'REVIEW'
                  and ((first_person_id = :record and second_person_id in (:others))
                    or (second_person_id = :record and first_person_id in (:others)))""")
                .param("record", record).param("others", others).query((rs, n) -> pair(rs)).list();
    }

    /** The links of each of these records, in one query. */
    public List<StoredPair> linkedTo(java.util.Collection<UUID> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from matching_pair where status = 'LINKED' and (first_person_id in (:records) or second_person_id in (:records))""")
                .param("records", records).query((rs, n) -> pair(rs)).list();
    }

    /** Unlinks a pair that is linked; false when there is none such in the partnership. */
    public boolean unlink(UUID pair, UUID partnership, UUID by, String reason, Instant at) {
        return jdbc.sql("""
                update matching_pair set status = 'UNLINKED', unlinked_by = ?, unlinked_at = ?, unlink_reason = ?
                where id = ? and partnership_id = ? and status = 'LINKED'""")
                .params(by, Timestamp.from(at), reason, pair, partnership).update() == 1;
    }

    /** The model's new state for a pair it decided; false when a person decided it meanwhile (then it stays as decided). */
    public boolean rescored(UUID pair, PairStatus status, double probability, String reasons, Instant at) {
        return jdbc.sql("""
                update matching_pair set status = ?, probability = ?, reasons = ?, decided_at = ?
                where id = ? and decided_by is null and unlinked_by is null and status in ('REVIEW', 'LINKED', 'WITHDRAWN')""")
                .params(status.name(), probability, reasons, status == PairStatus.REVIEW ? null : Timestamp.from(at), pair).update() == 1;
    }

    /**
     * Serialises changes of one partnership's thresholds across instances, until the transaction ends: two administrators
     * saving at once re-score the pairs one after the other, never interleaved.
     */
    public void lockThresholds(UUID partnership) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('matching-thresholds:' || ?))").param(partnership.toString()).query().singleRow();
    }

    public Optional<Thresholds> thresholds(UUID partnership) {
        return jdbc.sql("select link, review from matching_threshold where partnership_id = ?").param(partnership)
                .query((rs, n) -> new Thresholds(rs.getDouble("link"), rs.getDouble("review"), true)).optional();
    }

    /** The thresholds each of these partnerships has saved, in one query (a partnership that saved none is left out). */
    public java.util.Map<UUID, Thresholds> thresholds(java.util.Collection<UUID> partnerships) {
        java.util.Map<UUID, Thresholds> saved = new java.util.HashMap<>();
        jdbc.sql("select partnership_id, link, review from matching_threshold where partnership_id = any(?)")
                .param(partnerships.toArray(UUID[]::new))
                .query((rs, n) -> saved.put(rs.getObject("partnership_id", UUID.class), new Thresholds(rs.getDouble("link"), rs.getDouble("review"), true)))
                .list();
        return saved;
    }

    /** Saves the thresholds as the partnership's next version (V199); that version's number. */
    public long setThresholds(UUID partnership, Thresholds thresholds, UUID by, Instant at) {
        return jdbc.sql("""
                insert into matching_threshold (partnership_id, link, review, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (partnership_id) do update set link = excluded.link, review = excluded.review, set_by = excluded.set_by,
                    set_at = excluded.set_at, version = matching_threshold.version + 1
                returning version""")
                .params(partnership, thresholds.link(), thresholds.review(), by, Timestamp.from(at)).query(Long.class).single();
    }

    static StoredPair pair(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredPair(rs.getObject("id", UUID.class), rs.getObject("partnership_id", UUID.class),
                rs.getObject("first_person_id", UUID.class), rs.getObject("second_person_id", UUID.class), rs.getDouble("probability"),
                rs.getString("reasons"), PairStatus.valueOf(rs.getString("status")), rs.getTimestamp("proposed_at").toInstant(),
                rs.getObject("decided_by") != null);
    }
}
