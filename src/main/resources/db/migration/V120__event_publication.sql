-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.0, schema v2 for PostgreSQL), created
-- here rather than by Modulith at start-up (spring.modulith.events.jdbc.schema-initialization.enabled: false), so that
-- Flyway owns every table. It is the notifications' transactional outbox (docs/adr/0016): a row is written in the
-- transaction of the action that asks for a notification and deleted once the email is sent.
create table event_publication (
    id                      uuid        not null primary key,
    listener_id             text        not null,
    event_type              text        not null,
    serialized_event        text        not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamptz,
    -- Ours, not Modulith's: why the last attempt failed, from a closed list (notifications.domain.FailureReason),
    -- never an exception's message, which could quote an email address.
    last_failure            text
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_unsent on event_publication (listener_id, publication_date) where completion_date is null;
