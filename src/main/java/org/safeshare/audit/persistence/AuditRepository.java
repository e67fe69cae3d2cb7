package org.safeshare.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safeshare.audit.AuditEvent;
import org.safeshare.audit.RecordRef;
import org.safeshare.audit.AuditDetail;
import org.safeshare.audit.domain.EventEntry;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inserts audit events; the table accepts nothing else (see V7__audit.sql). */
@Repository
public class AuditRepository {

    static final String COLUMNS = "e.id, e.occurred_at, e.actor_kind, e.actor_id, e.organisation_id, e.partnership_id, e.roles,"
            + " e.action, e.outcome, e.person_id, e.touched, e.purpose, e.request_id, e.client_address, e.detail";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(NewEvent stored) {
        AuditEvent event = stored.event();
        Actor actor = event.actor().orElse(null);
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_kind, actor_id, organisation_id, partnership_id, roles, action, outcome,
                    person_id, touched, purpose, request_id, client_address, detail)
                values (:at, :kind, :actorId, :organisation, :partnership, :roles, :action, :outcome, :person, :touched, :purpose,
                    :requestId, :address, :detail)""")
                .param("at", OffsetDateTime.ofInstant(stored.occurredAt(), ZoneOffset.UTC))
                .param("kind", actor == null ? null : actor.kind().name())
                .param("actorId", actor == null ? null : actor.id())
                .param("organisation", actor == null ? event.service().map(AuditEvent.OnBehalfOf::organisationId).or(event::setUpFor)
                        .orElse(null) : actor.organisationId())
                .param("partnership", actor == null ? event.service().map(AuditEvent.OnBehalfOf::partnershipId).orElse(null)
                        : actor.partnershipId())
                .param("roles", actor == null ? null : actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("action", event.action().name())
                .param("outcome", event.outcome().name())
                .param("person", event.person().orElse(null))
                .param("touched", event.touched().isEmpty() ? null
                        : event.touched().stream().sorted(Comparator.comparing(RecordRef::toString)).map(RecordRef::toString)
                                .collect(Collectors.joining(",")))
                .param("purpose", event.purpose().orElse(null))
                .param("requestId", stored.requestId().orElse(null))
                .param("address", stored.clientAddress().orElse(null))
                .param("detail", event.detail().map(AuditDetail::code).orElse(null))
                .update();
    }

    /** The canonical fields of a stored event, from the columns of {@link #COLUMNS}. */
    public static EventEntry entry(ResultSet rs) throws SQLException {
        return new EventEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_kind"),
                text(rs, "actor_id"), text(rs, "organisation_id"), text(rs, "partnership_id"), rs.getString("roles"),
                rs.getString("action"), rs.getString("outcome"), text(rs, "person_id"), rs.getString("touched"),
                rs.getString("purpose"), rs.getString("request_id"), rs.getString("client_address"), rs.getString("detail"));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((UUID) value).toString();
    }
}
