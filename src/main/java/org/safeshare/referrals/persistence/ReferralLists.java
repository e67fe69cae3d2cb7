package org.safeshare.referrals.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.referrals.domain.ReferralType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of referrals: a MASH's open queue by deadline (one index range scan, paged), an organisation's sent referrals,
 * and the overdue ones to escalate.
 */
@Repository
public class ReferralLists {

    private final JdbcClient jdbc;

    ReferralLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of a list. */
    public record Row(UUID id, ReferralType type, String subjectName, UUID referringOrganisationId, Instant receivedAt, Instant decisionDueAt,
            Optional<Rating> rating, boolean reReferral, boolean decided, boolean immediateDanger) {}

    public List<Row> openQueue(UUID receivingOrganisation, int limit, int offset) {
        return jdbc.sql("""
                select id, referral_type, subject_name, referring_organisation_id, received_at, decision_due_at, rating, re_referral_of,
                    decided_at, immediate_danger
                from referral where receiving_organisation_id = ? and decided_at is null
                order by decision_due_at, id limit ? offset ?""")
                .params(receivingOrganisation, limit, offset).query((rs, n) -> row(rs)).list();
    }

    public long openCount(UUID receivingOrganisation) {
        return jdbc.sql("select count(*) from referral where receiving_organisation_id = ? and decided_at is null")
                .param(receivingOrganisation).query(Long.class).single();
    }

    /** An organisation's referrals, newest first: all of them for its DSLs, a practitioner's own otherwise. */
    public List<Row> sentBy(UUID organisation, Optional<UUID> referrer, int limit) {
        return jdbc.sql("""
                select id, referral_type, subject_name, referring_organisation_id, received_at, decision_due_at, rating, re_referral_of,
                    decided_at, immediate_danger
                from referral where referring_organisation_id = :organisation and (cast(:referrer as uuid) is null or referred_by = :referrer)
                order by received_at desc limit :limit""")
                .param("organisation", organisation).param("referrer", referrer.orElse(null)).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    /** Open referrals past their decision deadline and not yet escalated: id, receiving organisation and partnership. */
    public List<UUID[]> overdue(Instant now, int limit) {
        return jdbc.sql("""
                select id, receiving_organisation_id, partnership_id from referral
                where decided_at is null and escalated_at is null and decision_due_at < ?
                order by decision_due_at limit ? for update skip locked""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("receiving_organisation_id", UUID.class),
                        rs.getObject("partnership_id", UUID.class)}).list();
    }

    public void markEscalated(UUID referral, Instant at) {
        jdbc.sql("update referral set escalated_at = ? where id = ?").params(Timestamp.from(at), referral).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), ReferralType.valueOf(rs.getString("referral_type")), rs.getString("subject_name"),
                rs.getObject("referring_organisation_id", UUID.class), rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("decision_due_at").toInstant(), Optional.ofNullable(rs.getString("rating")).map(Rating::valueOf),
                rs.getObject("re_referral_of") != null, rs.getTimestamp("decided_at") != null, rs.getBoolean("immediate_danger"));
    }
}
