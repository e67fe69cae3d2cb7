package org.safeshare.referrals.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.referrals.Referral;
import org.safeshare.referrals.domain.FamilyTold;
import org.safeshare.referrals.domain.Outcome;
import org.safeshare.referrals.domain.Rating;
import org.safeshare.referrals.domain.ReferralType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals, their family snapshot and their rating history. */
@Repository
public class ReferralRepository {

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The referral's own row. */
    public record StoredReferral(UUID id, UUID partnershipId, UUID referringOrganisationId, UUID referredBy, String referredByName,
            UUID receivingOrganisationId, ReferralType type, UUID personId, Referral.Subject subject, String subjectKey,
            Optional<UUID> decisionId, boolean immediateDanger, String concernFacts, String concernOpinion, String concernHistorical,
            String risk, FamilyTold familyTold, String familyResponse, String otherAgencies, Instant receivedAt, Instant decisionDueAt,
            Optional<UUID> reReferralOf, Optional<Rating> rating, Optional<Referral.Decided> decision) {}

    public void insert(StoredReferral r, List<Referral.FamilyMember> family) {
        jdbc.sql("""
                insert into referral (id, partnership_id, referring_organisation_id, referred_by, referred_by_name, receiving_organisation_id,
                    referral_type, person_id, subject_name, subject_date_of_birth, subject_nhs_number, subject_key, decision_id,
                    immediate_danger, concern_facts, concern_opinion, concern_historical, risk, family_told, family_response, other_agencies,
                    received_at, decision_due_at, re_referral_of)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.partnershipId(), r.referringOrganisationId(), r.referredBy(), r.referredByName(),
                        r.receivingOrganisationId(), r.type().name(), r.personId(), r.subject().name(), r.subject().dateOfBirth().orElse(null),
                        r.subject().nhsNumber().orElse(null), r.subjectKey(), r.decisionId().orElse(null), r.immediateDanger(),
                        r.concernFacts(), r.concernOpinion(), r.concernHistorical(), r.risk(), r.familyTold().name(), r.familyResponse(),
                        r.otherAgencies(), Timestamp.from(r.receivedAt()), Timestamp.from(r.decisionDueAt()), r.reReferralOf().orElse(null))
                .update();
        for (int i = 0; i < family.size(); i++) {
            Referral.FamilyMember m = family.get(i);
            jdbc.sql("insert into referral_family_member (referral_id, position, name, relationship, parental_responsibility) values (?, ?, ?, ?, ?)")
                    .params(r.id(), i + 1, m.name(), m.relationship(), m.parentalResponsibility()).update();
        }
    }

    public Optional<StoredReferral> find(UUID id) {
        return jdbc.sql("select * from referral where id = ?").param(id).query((rs, n) -> referral(rs)).optional();
    }

    /** The row locked for a change, so two officers rating or deciding at once are applied one after the other. */
    public Optional<StoredReferral> lock(UUID id) {
        return jdbc.sql("select * from referral where id = ? for update").param(id).query((rs, n) -> referral(rs)).optional();
    }

    /** The latest earlier referral of the same person in the partnership received since {@code since}, if any. */
    public Optional<UUID> earlierSince(UUID partnership, String subjectKey, Instant since) {
        return jdbc.sql("""
                select id from referral where partnership_id = ? and subject_key = ? and received_at >= ?
                order by received_at desc limit 1""")
                .params(partnership, subjectKey, Timestamp.from(since)).query(UUID.class).optional();
    }

    /** Appends a rating to the history (the row is locked by the caller) and makes it the referral's current one. */
    public void rate(UUID referral, Rating rating, String rationale, UUID by, String byName, Instant at) {
        jdbc.sql("""
                insert into referral_rating (referral_id, position, rating, rationale, rated_by, rated_by_name, rated_at)
                values (?, (select coalesce(max(position), 0) + 1 from referral_rating where referral_id = ?), ?, ?, ?, ?, ?)""")
                .params(referral, referral, rating.name(), rationale, by, byName, Timestamp.from(at)).update();
        jdbc.sql("update referral set rating = ? where id = ?").params(rating.name(), referral).update();
    }

    /** Records the decision; answers false when the referral was already decided. */
    public boolean decide(UUID referral, Outcome outcome, String reasons, String signpostedTo, UUID by, String byName, Instant at) {
        return jdbc.sql("""
                update referral set outcome = ?, outcome_reasons = ?, signposted_to = ?, decided_by = ?, decided_by_name = ?, decided_at = ?
                where id = ? and decided_at is null""")
                .params(outcome.name(), reasons, signpostedTo, by, byName, Timestamp.from(at), referral).update() == 1;
    }

    static StoredReferral referral(ResultSet rs) throws SQLException {
        Optional<Referral.Decided> decided = Optional.ofNullable(rs.getString("outcome")).map(o -> {
            try {
                return new Referral.Decided(Outcome.valueOf(o), rs.getString("outcome_reasons"), Optional.ofNullable(rs.getString("signposted_to")),
                        rs.getString("decided_by_name"), rs.getTimestamp("decided_at").toInstant());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return new StoredReferral(rs.getObject("id", UUID.class), rs.getObject("partnership_id", UUID.class),
                rs.getObject("referring_organisation_id", UUID.class), rs.getObject("referred_by", UUID.class), rs.getString("referred_by_name"),
                rs.getObject("receiving_organisation_id", UUID.class), ReferralType.valueOf(rs.getString("referral_type")),
                rs.getObject("person_id", UUID.class),
                new Referral.Subject(rs.getString("subject_name"), Optional.ofNullable(rs.getObject("subject_date_of_birth", LocalDate.class)),
                        Optional.ofNullable(rs.getString("subject_nhs_number"))),
                rs.getString("subject_key"), Optional.ofNullable(rs.getObject("decision_id", UUID.class)), rs.getBoolean("immediate_danger"),
                rs.getString("concern_facts"), rs.getString("concern_opinion"), rs.getString("concern_historical"), rs.getString("risk"),
                FamilyTold.valueOf(rs.getString("family_told")), rs.getString("family_response"), rs.getString("other_agencies"),
                rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("decision_due_at").toInstant(),
                Optional.ofNullable(rs.getObject("re_referral_of", UUID.class)), Optional.ofNullable(rs.getString("rating")).map(Rating::valueOf),
                decided);
    }
}
