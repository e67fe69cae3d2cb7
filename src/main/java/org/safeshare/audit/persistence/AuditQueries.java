package org.safeshare.audit.persistence;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.safeshare.audit.AuditAction;
import org.safeshare.audit.AuditEntry;
import org.safeshare.audit.AuditScope;
import org.safeshare.audit.AuditSearch;
import org.safeshare.audit.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches stored events, newest first. */
@Repository
public class AuditQueries {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /**
     * A set-up event (docs/adr/0014): no actor and no partnership, so it is in the service log. A failed sign-in with an
     * unknown email is too, but names no organisation and touches no record, so no scope below takes it.
     */
    private static final String SET_UP = "e.partnership_id is null and e.actor_id is null";
    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> search(AuditSearch search, AuditScope scope, int limit) {
        List<String> where = new ArrayList<>(List.of("true"));
        JdbcClient.StatementSpec[] spec = new JdbcClient.StatementSpec[1];
        StringBuilder sql = new StringBuilder("select * from audit_event e where ");
        search.person().ifPresent(p -> where.add("e.person_id = :person"));
        search.user().ifPresent(u -> where.add("e.actor_id = :user"));
        search.organisation().ifPresent(o -> where.add("e.organisation_id = :organisation"));
        search.action().ifPresent(a -> where.add("e.action = :action"));
        search.from().ifPresent(f -> where.add("e.occurred_at >= :from"));
        search.to().ifPresent(t -> where.add("e.occurred_at < :to"));
        where.add(switch (scope) {
            case AuditScope.Partnership p -> "(e.partnership_id = :partnership or (" + SET_UP
                    + " and (e.organisation_id = any(:scope_organisations) or e.touched = any(:scope_records))))";
            case AuditScope.Organisation o -> "(e.organisation_id = :organisation_scope or e.person_id = any(:held) or (" + SET_UP
                    + " and e.touched = :scope_record))";
            case AuditScope.Checked c -> "true";
        });
        sql.append(String.join(" and ", where)).append(" order by e.id desc limit :limit");
        spec[0] = jdbc.sql(sql.toString()).param("limit", limit);
        search.person().ifPresent(p -> spec[0] = spec[0].param("person", p));
        search.user().ifPresent(u -> spec[0] = spec[0].param("user", u));
        search.organisation().ifPresent(o -> spec[0] = spec[0].param("organisation", o));
        search.action().ifPresent(a -> spec[0] = spec[0].param("action", a.name()));
        search.from().ifPresent(f -> spec[0] = spec[0].param("from", f.atStartOfDay(LONDON).toOffsetDateTime()));
        search.to().ifPresent(t -> spec[0] = spec[0].param("to", t.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(LONDON)
                .toOffsetDateTime()));
        if (scope instanceof AuditScope.Partnership p) {
            spec[0] = spec[0].param("partnership", p.id()).param("scope_organisations", p.organisations().toArray(UUID[]::new))
                    .param("scope_records", p.setUpRecords().toArray(String[]::new));
        } else if (scope instanceof AuditScope.Organisation o) {
            spec[0] = spec[0].param("organisation_scope", o.id()).param("held", o.heldPeople().toArray(UUID[]::new))
                    .param("scope_record", o.setUpRecord());
        }
        return spec[0].query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                AuditAction.valueOf(rs.getString("action")), Outcome.valueOf(rs.getString("outcome")), rs.getString("actor_kind"),
                rs.getObject("actor_id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("roles"),
                rs.getObject("person_id", UUID.class), rs.getString("touched"), rs.getString("purpose"), rs.getString("request_id"),
                rs.getString("client_address"), rs.getObject("partnership_id", UUID.class))).list();
    }
}
