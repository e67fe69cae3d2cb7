package org.safeshare.notifications.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.notifications.domain.FailureReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notifications' rows of Spring Modulith's event publication registry (V120), read and completed by the retry
 * job and the dead-letter page (ADR 0016). Modulith writes a row in the publishing transaction and deletes it when
 * its listener succeeds; a row still here is a notification not yet sent. A row is read through its own stored record
 * ({@link StoredNotification}), never as the event itself.
 */
@Repository
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Rows to try again, locked for this transaction: failed ones, and ones neither sent nor failed since
     * {@code staleBefore} (their instance crashed between commit and send). Rows another transaction holds are skipped.
     */
    public List<Unsent> dueForRetry(String listener, Instant staleBefore, int maxAttempts, int batch) {
        return jdbc.sql("""
                select id, serialized_event, publication_date, completion_attempts, last_resubmission_date, last_failure
                from event_publication
                where listener_id = :listener and completion_date is null and completion_attempts < :max
                  and (status = 'FAILED' or (publication_date < :stale
                       and (last_resubmission_date is null or last_resubmission_date < :stale)))
                order by publication_date limit :batch
                for update skip locked""")
                .param("listener", listener).param("max", maxAttempts).param("stale", Timestamp.from(staleBefore))
                .param("batch", batch).query(this::unsent).list();
    }

    /** Every row not yet sent that is failed or stale: the dead-letter page's list, oldest first. */
    public List<Unsent> unsent(String listener, Instant staleBefore) {
        return jdbc.sql("""
                select id, serialized_event, publication_date, completion_attempts, last_resubmission_date, last_failure
                from event_publication
                where listener_id = :listener and completion_date is null
                  and (status = 'FAILED' or publication_date < :stale)
                order by publication_date limit 500""")
                .param("listener", listener).param("stale", Timestamp.from(staleBefore)).query(this::unsent).list();
    }

    /** One unsent row, locked for this transaction, unless another transaction is sending it now. */
    public Optional<Unsent> lock(String listener, UUID id) {
        return jdbc.sql("""
                select id, serialized_event, publication_date, completion_attempts, last_resubmission_date, last_failure
                from event_publication where id = :id and listener_id = :listener and completion_date is null
                for update skip locked""")
                .param("id", id).param("listener", listener).query(this::unsent).optional();
    }

    public void attempted(UUID id, Instant at) {
        jdbc.sql("""
                update event_publication set completion_attempts = completion_attempts + 1, last_resubmission_date = :at,
                status = 'RESUBMITTED' where id = :id""").param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void failed(UUID id, FailureReason reason) {
        jdbc.sql("update event_publication set status = 'FAILED', last_failure = :reason where id = :id")
                .param("id", id).param("reason", reason.name()).update();
    }

    /** Sent: the row goes, as Modulith's own completion deletes it (spring.modulith.events.completion-mode: delete). */
    public void sent(UUID id) {
        jdbc.sql("delete from event_publication where id = :id").param("id", id).update();
    }

    private Unsent unsent(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp last = rs.getTimestamp("last_resubmission_date");
        String failure = rs.getString("last_failure");
        return new Unsent(rs.getObject("id", UUID.class), read(rs.getString("serialized_event")),
                rs.getTimestamp("publication_date").toInstant(), rs.getInt("completion_attempts"),
                last == null ? null : last.toInstant(),
                failure == null ? Optional.empty() : Optional.of(FailureReason.valueOf(failure)));
    }

    /** The notification a row holds; none if it no longer reads as one (it is kept for a person, never dropped). */
    private Optional<NotificationRequested> read(String serialized) {
        try {
            return Optional.of(json.readValue(serialized, StoredNotification.class).notification());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A notification not yet sent, as stored: what it asks for, unless the row no longer reads as a notification. */
    public record Unsent(UUID id, Optional<NotificationRequested> notification, Instant published, int attempts, Instant lastAttempt,
            Optional<FailureReason> lastFailure) {}
}
