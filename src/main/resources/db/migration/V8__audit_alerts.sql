-- An alert to the organisation holding a child's record when someone outside it views the record with a
-- stated purpose of use (the routes that require a justification, such as break-glass). The alert is a work
-- item, not evidence: the evidence is the audit event it points to, which never changes.
create table audit_alert (
    id                     uuid primary key,
    organisation_id        uuid        not null references organisation (id),
    person_id              uuid        not null,
    actor_id               uuid        not null,
    actor_organisation_id  uuid        not null references organisation (id),
    action                 varchar(40) not null,
    purpose                varchar(100) not null,
    occurred_at            timestamptz not null,
    acknowledged_by        uuid        references user_account (id),
    acknowledged_at        timestamptz,
    check ((acknowledged_by is null) = (acknowledged_at is null))
);
create index audit_alert_open on audit_alert (organisation_id, occurred_at) where acknowledged_at is null;
