package org.safeshare.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.platform.NotFoundException;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.security.Role;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts the organisation holding a person's record when someone outside it views the record giving a
 * purpose of use: the routes that require a justification (break-glass, flags). Its DSL or Caldicott
 * guardian reviews and acknowledges each one (Caldicott principle 4: strict need-to-know access).
 */
@Service
@Transactional
public class AuditAlerts {

    private final JdbcClient jdbc;
    private final List<AuditSubjects.PersonRecords> personRecords;
    private final Clock clock;
    private final Audit audit;

    /** Audit is injected lazily: it raises alerts through this class, and acknowledgements are audited through it. */
    AuditAlerts(JdbcClient jdbc, List<AuditSubjects.PersonRecords> personRecords, Clock clock, @Lazy Audit audit) {
        this.jdbc = jdbc;
        this.personRecords = personRecords;
        this.clock = clock;
        this.audit = audit;
    }

    /** One alert: who looked, from which organisation, why they said, and when. */
    public record Alert(UUID id, UUID personId, UUID actorId, UUID actorOrganisationId, AuditAction action, String purpose,
            Instant occurredAt) {}

    /** Called by {@link Audit} in the action's transaction, so an alert exists exactly when its event does. */
    void raiseIfJustifiedOutsideView(AuditEvent event, Instant at) {
        if (event.actor().isEmpty() || event.person().isEmpty() || event.purpose().isEmpty()) {
            return;
        }
        Actor actor = event.actor().get();
        Optional<UUID> holder = personRecords.stream().flatMap(p -> p.holderOf(event.person().get()).stream()).findFirst();
        if (holder.isEmpty() || holder.get().equals(actor.organisationId())) {
            return;
        }
        jdbc.sql("""
                insert into audit_alert (id, organisation_id, person_id, actor_id, actor_organisation_id, action, purpose, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), holder.get(), event.person().get(), actor.id(), actor.organisationId(), event.action().name(),
                        event.purpose().get(), Timestamp.from(at))
                .update();
    }

    /** Alerts not yet acknowledged, for the holding organisation's DSL or Caldicott guardian; nobody else has any. */
    @Transactional(readOnly = true)
    public List<Alert> open(Actor reviewer) {
        if (!reviews(reviewer)) {
            return List.of();
        }
        return jdbc.sql("select * from audit_alert where organisation_id = ? and acknowledged_at is null order by occurred_at desc")
                .param(reviewer.organisationId())
                .query((rs, n) -> new Alert(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("actor_id", UUID.class), rs.getObject("actor_organisation_id", UUID.class),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("purpose"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    /** The reviewer has looked into it; the acknowledgement is itself audited. */
    public void acknowledge(Actor reviewer, UUID alert) {
        int changed = reviews(reviewer) ? jdbc.sql("""
                update audit_alert set acknowledged_by = ?, acknowledged_at = ?
                where id = ? and organisation_id = ? and acknowledged_at is null""")
                .params(reviewer.id(), Timestamp.from(clock.instant()), alert, reviewer.organisationId()).update() : 0;
        if (changed == 0) {
            throw new NotFoundException("Alert");
        }
        audit.record(AuditEvent.of(reviewer, AuditAction.ALERT_ACKNOWLEDGED));
    }

    static boolean reviews(Actor actor) {
        return actor.has(Role.DESIGNATED_SAFEGUARDING_LEAD) || actor.has(Role.CALDICOTT_GUARDIAN);
    }
}
