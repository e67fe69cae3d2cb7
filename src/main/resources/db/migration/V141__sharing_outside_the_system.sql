-- Sharing that happened outside Safeshare (telephone, meeting, letter, secure email), recorded under the decision to
-- share it with the checks that make the method safe (HM Government information sharing advice 2018, golden rule 6:
-- secure). Additive: the decision record itself is not changed. No foreign key to the decisions module's tables.
create table sharing_outside (
    id                         uuid          primary key,
    organisation_id            uuid          not null references organisation (id),
    person_id                  uuid          not null,
    decision_id                uuid          not null,
    method                     varchar(20)   not null check (method in ('TELEPHONE', 'MEETING', 'LETTER', 'SECURE_EMAIL')),
    shared_on                  date          not null,
    called_back_known_number   boolean       not null,
    identity_checked           boolean       not null,
    entitlement_checked        boolean       not null,
    attendees                  text,
    all_need_to_know           boolean       not null,
    address_double_checked     boolean       not null,
    receipt_confirmed          boolean       not null,
    both_ends_secure           boolean       not null,
    notes                      varchar(2000),
    recorded_by                uuid          not null,
    recorded_by_name           varchar(200)  not null,
    recorded_at                timestamptz   not null
);
create index sharing_outside_decision on sharing_outside (decision_id);
create index sharing_outside_person on sharing_outside (person_id);
