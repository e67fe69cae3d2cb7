package org.safeshare.referrals.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which referral a strategy discussion belongs to: a meeting is read, and guarded, through its referral. */
@Repository
public class MeetingReferrals {

    private final JdbcClient jdbc;

    MeetingReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> referralOf(UUID meeting) {
        return jdbc.sql("select referral_id from referral_meeting where id = ?").param(meeting).query(UUID.class).optional();
    }
}
