package org.safeshare.referrals.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.referrals.Referral;
import org.safeshare.referrals.domain.DisagreementLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the MASH and the referrer do on a referral: requests to partners, strategy discussions, disagreements. */
@Repository
public class ReferralWork {

    private final JdbcClient jdbc;

    ReferralWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void linkRequest(UUID referral, UUID request, Collection<UUID> organisations, Instant at) {
        for (UUID organisation : organisations) {
            jdbc.sql("insert into referral_request (referral_id, request_id, organisation_id, linked_at) values (?, ?, ?, ?) on conflict do nothing")
                    .params(referral, request, organisation, Timestamp.from(at)).update();
        }
    }

    /** The organisations the MASH involved through requests about the referral. */
    public Set<UUID> involved(UUID referral) {
        return Set.copyOf(jdbc.sql("select distinct organisation_id from referral_request where referral_id = ?").param(referral)
                .query(UUID.class).list());
    }

    public void insertMeeting(UUID id, UUID referral, LocalDate heldOn, List<Referral.Attendee> attendees, String shared, String decision,
            UUID by, String byName, Instant at) {
        jdbc.sql("""
                insert into referral_meeting (id, referral_id, held_on, shared, decision, recorded_by, recorded_by_name, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, referral, heldOn, shared, decision, by, byName, Timestamp.from(at)).update();
        for (int i = 0; i < attendees.size(); i++) {
            Referral.Attendee a = attendees.get(i);
            jdbc.sql("insert into referral_meeting_attendee (meeting_id, position, name, agency, organisation) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, a.name(), a.agency().name(), a.organisation()).update();
        }
    }

    public void insertDisagreement(UUID id, UUID referral, UUID by, String byName, Instant at, String reason, DisagreementLevel level) {
        jdbc.sql("""
                insert into referral_disagreement (id, referral_id, raised_by, raised_by_name, raised_at, reason, level)
                values (?, ?, ?, ?, ?, ?, ?)""").params(id, referral, by, byName, Timestamp.from(at), reason, level.name()).update();
    }

    /** Records the answer; answers the one who raised it, or empty when there is no such open disagreement on the referral. */
    public Optional<UUID> answer(UUID referral, UUID disagreement, String answer, UUID by, String byName, Instant at) {
        return jdbc.sql("""
                update referral_disagreement set answer = ?, answered_by = ?, answered_by_name = ?, answered_at = ?
                where id = ? and referral_id = ? and answered_at is null returning raised_by""")
                .params(answer, by, byName, Timestamp.from(at), disagreement, referral).query(UUID.class).optional();
    }
}
