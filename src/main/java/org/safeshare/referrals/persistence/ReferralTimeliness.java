package org.safeshare.referrals.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for the timeliness dashboards, each one grouped query over the partnership's referrals, or one receiving
 * organisation's (a MASH): no referral is read one by one and no person appears.
 */
@Repository
public class ReferralTimeliness {

    private final JdbcClient jdbc;

    ReferralTimeliness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Referrals awaiting a decision by band of hours until their deadline (bounds 0, 2, 4 and 8 hours): band 0 is past
     * it, band 1 under 2 hours, ..., band 4 more than 8. Bands with none are absent.
     */
    public Map<Integer, Long> awaitingByTimeLeft(UUID partnership, Optional<UUID> receiver, Instant now) {
        Map<Integer, Long> bands = new LinkedHashMap<>();
        jdbc.sql("""
                select width_bucket(extract(epoch from decision_due_at - :now) / 3600, array[0, 2, 4, 8]::float8[]) as band,
                       count(*) as n
                from referral
                where partnership_id = :partnership and decided_at is null
                  and (cast(:receiver as uuid) is null or receiving_organisation_id = :receiver)
                group by band""")
                .param("now", Timestamp.from(now)).param("partnership", partnership).param("receiver", receiver.orElse(null))
                .query((rs, n) -> Map.entry(rs.getInt("band"), rs.getLong("n"))).list()
                .forEach(e -> bands.put(e.getKey(), e.getValue()));
        return bands;
    }

    /** Per week of receipt (Mondays, London time) since {@code from}: referrals received, decided by their deadline, re-referrals. */
    public Map<LocalDate, Week> byWeekReceived(UUID partnership, Optional<UUID> receiver, LocalDate from) {
        Map<LocalDate, Week> weeks = new LinkedHashMap<>();
        jdbc.sql("""
                select cast(date_trunc('week', received_at at time zone 'Europe/London') as date) as week,
                       count(*) as received,
                       count(*) filter (where decided_at is not null and decided_at <= decision_due_at) as in_time,
                       count(*) filter (where re_referral_of is not null) as re_referrals
                from referral
                where partnership_id = :partnership
                  and (cast(:receiver as uuid) is null or receiving_organisation_id = :receiver)
                  and received_at >= cast(:from as date) at time zone 'Europe/London'
                group by week order by week""")
                .param("partnership", partnership).param("receiver", receiver.orElse(null)).param("from", from)
                .query((rs, n) -> Map.entry(rs.getObject("week", LocalDate.class),
                        new Week(rs.getLong("received"), rs.getLong("in_time"), rs.getLong("re_referrals")))).list()
                .forEach(e -> weeks.put(e.getKey(), e.getValue()));
        return weeks;
    }

    /** One week's referrals: how many arrived, how many were decided within their working day, how many were re-referrals. */
    public record Week(long received, long decidedInTime, long reReferrals) {}
}
