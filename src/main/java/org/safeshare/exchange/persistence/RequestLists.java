package org.safeshare.exchange.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.safeshare.exchange.RequestStatus;
import org.safeshare.exchange.domain.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inbox and outbox lists, one query a page: each side's open parts are read through its own index on (organisation,
 * status, deadline), so a busy MASH's list is an index range scan, paged, whatever it holds.
 */
@Repository
public class RequestLists {

    private final JdbcClient jdbc;

    RequestLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which side's list: parts addressed to the organisation, or parts of requests it sent. */
    public enum Side { INBOX, OUTBOX }

    /**
     * A page of a list. {@code onlyUser}: on the inbox, only parts naming this user or addressed to one of {@code teams};
     * on the outbox, only requests this user sent. {@code soonestFirst}: by time left, least first (or most first).
     */
    public record Query(Side side, UUID organisation, Optional<UUID> onlyUser, Set<UUID> teams, boolean openOnly,
            Optional<Urgency> urgency, boolean soonestFirst, int limit, int offset) {}

    /** One row, without names: the facade names organisations and people in one query each. */
    public record Row(UUID requestId, UUID partId, UUID otherOrganisationId, UUID personId, Urgency urgency, Instant sentAt,
            Instant dueAt, RequestStatus status) {}

    /** How many open parts of each urgency, and how many of those are overdue. */
    public record Count(int open, int overdue) {}

    public List<Row> page(Query q) {
        String mine = q.side() == Side.INBOX ? "p.organisation_id" : "p.requesting_organisation_id";
        String other = q.side() == Side.INBOX ? "p.requesting_organisation_id" : "p.organisation_id";
        String user = userCondition(q.side());
        String direction = q.soonestFirst() ? "asc" : "desc";
        // Open only: the status is a literal and the order the index's own (organisation, status, deadline), so a page is a
        // short index range scan however many requests are open; a busy MASH's 10,000 are never sorted for 50 rows.
        String status = q.openOnly() ? "p.status = 'OPEN'" : "true";
        String order = q.openOnly() ? "p.due_at %s, p.id %s".formatted(direction, direction)
                : "(p.status = 'OPEN') desc, p.due_at %s, p.id".formatted(direction);
        String sql = """
                select p.request_id, p.id as part_id, %s as other_id, r.person_id, p.urgency, r.sent_at, p.due_at, p.status
                from request_to_organisation p join information_request r on r.id = p.request_id
                where %s = :organisation
                  and %s
                  and (cast(:user as uuid) is null or %s)
                  and (cast(:urgency as text) is null or p.urgency = cast(:urgency as text))
                order by %s
                limit :limit offset :offset""".formatted(other, mine, status, user, order);
        return jdbc.sql(sql).param("organisation", q.organisation()).param("user", q.onlyUser().orElse(null))
                .param("teams", teamsOrNone(q.teams()))
                .param("urgency", q.urgency().map(Urgency::name).orElse(null))
                .param("limit", q.limit()).param("offset", q.offset())
                .query((rs, n) -> new Row(rs.getObject("request_id", UUID.class), rs.getObject("part_id", UUID.class),
                        rs.getObject("other_id", UUID.class), rs.getObject("person_id", UUID.class), Urgency.valueOf(rs.getString("urgency")),
                        rs.getTimestamp("sent_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                        RequestStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** The open parts on one side by urgency, with how many are overdue at {@code now}: the dashboard's figures. */
    public Map<Urgency, Count> openCounts(Side side, UUID organisation, Optional<UUID> onlyUser, Set<UUID> teams, Instant now) {
        String mine = side == Side.INBOX ? "p.organisation_id" : "p.requesting_organisation_id";
        String user = userCondition(side);
        Map<Urgency, Count> counts = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            counts.put(urgency, new Count(0, 0));
        }
        jdbc.sql("""
                select p.urgency, count(*) as open, count(*) filter (where p.due_at < :now) as overdue
                from request_to_organisation p join information_request r on r.id = p.request_id
                where %s = :organisation and p.status = 'OPEN' and (cast(:user as uuid) is null or %s)
                group by p.urgency""".formatted(mine, user))
                .param("organisation", organisation).param("user", onlyUser.orElse(null)).param("teams", teamsOrNone(teams))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> Map.entry(Urgency.valueOf(rs.getString("urgency")), new Count(rs.getInt("open"), rs.getInt("overdue"))))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Who a practitioner's own list holds: on the inbox what names them or their team; on the outbox what they sent. */
    private static String userCondition(Side side) {
        return side == Side.INBOX ? "p.named_user_id = cast(:user as uuid) or p.team_id in (:teams)" : "r.requested_by = cast(:user as uuid)";
    }

    /** A user's teams; none is given as the nil id, which no team has, since "in ()" is not SQL. */
    private static Set<UUID> teamsOrNone(Set<UUID> teams) {
        return teams.isEmpty() ? Set.of(new UUID(0, 0)) : teams;
    }

    /** An open part past its deadline, not yet escalated, with the partnership its request belongs to. */
    public record Overdue(UUID partId, UUID requestId, UUID partnershipId, UUID organisationId, Optional<UUID> namedUserId,
            Optional<UUID> teamId) {}

    /** Overdue parts, oldest deadline first, locked so that a second sweep never takes the same ones. */
    public List<Overdue> overdue(Instant now, int limit) {
        return jdbc.sql("""
                select p.id, p.request_id, r.partnership_id, p.organisation_id, p.named_user_id, p.team_id
                from request_to_organisation p join information_request r on r.id = p.request_id
                where p.status = 'OPEN' and p.escalated_at is null and p.due_at < ?
                order by p.due_at limit ? for update of p skip locked""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Overdue(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                        rs.getObject("partnership_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        Optional.ofNullable(rs.getObject("named_user_id", UUID.class)), Optional.ofNullable(rs.getObject("team_id", UUID.class))))
                .list();
    }

    public void markEscalated(UUID part, Instant at) {
        jdbc.sql("update request_to_organisation set escalated_at = ? where id = ?").params(Timestamp.from(at), part).update();
    }
}
