package org.safeshare.notifications.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeshare.notifications.NotificationKind;
import org.safeshare.notifications.NotificationRequested;
import org.safeshare.notifications.NotificationRequested.Audience;
import org.safeshare.notifications.delivery.NotificationListener;
import org.safeshare.organisations.OrganisationId;
import org.safeshare.platform.security.Role;
import org.safeshare.support.SafeshareTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications waiting in the outbox read as they were written, whatever becomes of the event: the JSON below is exactly
 * what Spring Modulith wrote from the event on 2 December 2026, and a notification not yet sent must read for as long as it
 * waits, across releases.
 */
@SafeshareTest
class StoredNotificationJsonTest {

    static final UUID USER = UUID.fromString("6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e01");
    static final UUID ORGANISATION = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c02");

    static final String TO_USERS_WRITTEN_2026_12 = """
            {"audience":{"type":"users","userIds":["6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e01"]},"kind":"ACTION_ASSIGNED",
             "path":"/actions/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c03"}""";

    static final String TO_ROLE_HOLDERS_WRITTEN_2026_12 = """
            {"audience":{"type":"roleHolders","organisation":{"value":"%s"},"role":"DESIGNATED_SAFEGUARDING_LEAD"},
             "kind":"DISCLOSURE_RECALLED","path":"/disclosures/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d04"}""";

    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    static NotificationRequested toUsers() {
        return new NotificationRequested(new Audience.Users(Set.of(USER)), NotificationKind.ACTION_ASSIGNED,
                "/actions/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c03");
    }

    static NotificationRequested toRoleHolders(UUID organisation) {
        return new NotificationRequested(new Audience.RoleHolders(new OrganisationId(organisation), Role.DESIGNATED_SAFEGUARDING_LEAD),
                NotificationKind.DISCLOSURE_RECALLED, "/disclosures/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d04");
    }

    @AfterEach
    void noRowLeftBehind() {
        jdbc.sql("delete from event_publication where serialized_event like '%2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d04%'"
                + " or serialized_event like '%9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c03%' or serialized_event like '%\"pathname\"%'").update();
    }

    @Test
    void storedJsonWrittenByThisVersionReadsAsTheNotificationAskedFor() {
        assertThat(json.readValue(TO_USERS_WRITTEN_2026_12, StoredNotification.class).notification()).isEqualTo(toUsers());
        assertThat(json.readValue(TO_ROLE_HOLDERS_WRITTEN_2026_12.formatted(ORGANISATION), StoredNotification.class).notification())
                .isEqualTo(toRoleHolders(ORGANISATION));
    }

    @Test
    void theStoredFormWritesWhatThisVersionWrote() {
        assertThat(json.readTree(json.writeValueAsString(StoredNotification.of(toUsers())))).isEqualTo(json.readTree(TO_USERS_WRITTEN_2026_12));
        assertThat(json.readTree(json.writeValueAsString(StoredNotification.of(toRoleHolders(ORGANISATION)))))
                .isEqualTo(json.readTree(TO_ROLE_HOLDERS_WRITTEN_2026_12.formatted(ORGANISATION)));
    }

    @Test
    void whatTheOutboxHoldsIsThatJsonAndReadsBackThroughTheOutbox() throws Exception {
        // No mail server here: the listener's one attempt fails and the row waits, as Modulith wrote it from the event.
        UUID organisation = jdbc.sql("select id from organisation where name = 'Oakfield Primary School'").query(UUID.class).single();
        transaction.executeWithoutResult(status -> events.publishEvent(toRoleHolders(organisation)));
        long until = System.currentTimeMillis() + 10_000;
        while (failed() == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        String written = jdbc.sql("select serialized_event from event_publication where serialized_event like '%2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d04%'")
                .query(String.class).single();
        assertThat(json.readTree(written)).isEqualTo(json.readTree(TO_ROLE_HOLDERS_WRITTEN_2026_12.formatted(organisation)));

        UUID users = insert(TO_USERS_WRITTEN_2026_12);
        UUID unreadable = insert(TO_USERS_WRITTEN_2026_12.replace("\"path\"", "\"pathname\""));
        List<Outbox.Unsent> unsent = outbox.unsent(NotificationListener.ID, Instant.now());
        assertThat(unsent).filteredOn(u -> u.id().equals(users)).singleElement()
                .satisfies(u -> assertThat(u.notification()).contains(toUsers()));
        assertThat(unsent).filteredOn(u -> u.notification().equals(java.util.Optional.of(toRoleHolders(organisation)))).hasSize(1);
        assertThat(unsent).filteredOn(u -> u.id().equals(unreadable)).singleElement()
                .satisfies(u -> assertThat(u.notification()).as("kept for a person, never dropped").isEmpty());
    }

    private long failed() {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like ?")
                .param("%2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d04%").query(Long.class).single();
    }

    private UUID insert(String serialized) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
                values (?, ?, ?, ?, ?, 'FAILED', 1)""")
                .params(id, NotificationListener.ID, NotificationRequested.class.getName(), serialized,
                        Timestamp.from(Instant.parse("2026-12-01T09:00:00Z"))).update();
        return id;
    }
}
