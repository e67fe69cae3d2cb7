-- A partnership may pin the guidance its decisions are judged by (2024 advice by default).
alter table partnership add column guidance_version varchar(4) not null default '2024'
    check (guidance_version in ('2018', '2024'));

-- Golden rule 7: every decision to share or not, with its reasons. A decision is a series of versions;
-- a version is never changed or deleted (a correction is a new version with its reason).
create table decision (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    person_id        uuid        references person (id),
    created_at       timestamptz not null
);
create index decision_person on decision (person_id);
create index decision_organisation on decision (organisation_id, created_at desc);

create table decision_version (
    decision_id                 uuid        not null references decision (id),
    version                     integer     not null check (version >= 1),
    recorded_at                 timestamptz not null,
    recorded_by                 uuid        references user_account (id),
    recorded_by_api_client      uuid        references api_client (id),
    correction_reason           text,
    guidance_version            varchar(4)  not null,
    facts                       jsonb       not null,
    recommendation              jsonb       not null,
    decision                    jsonb       not null,
    choice                      varchar(20) not null,
    departs_from_recommendation boolean     not null,
    recipient_organisation_id   uuid        references organisation (id),
    primary key (decision_id, version),
    check (num_nonnulls(recorded_by, recorded_by_api_client) = 1),
    check ((version = 1) = (correction_reason is null))
);
create index decision_version_recipient on decision_version (recipient_organisation_id);

create function decision_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'decision records are never changed: record a correction as a new version';
end;
$$;
create trigger decision_version_immutable before update or delete on decision_version
    for each row execute function decision_version_is_immutable();

-- Golden rule 3 (2018) / rule 4 (2024): seek advice, without disclosing the person's identity where
-- possible. The request holds the answers and the question, never the person's id or name.
create table advice_request (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    requested_by     uuid        not null references user_account (id),
    adviser_role     varchar(40) not null,
    question         text        not null,
    facts            jsonb       not null,
    requested_at     timestamptz not null,
    advice           text,
    advised_by       uuid        references user_account (id),
    advised_at       timestamptz,
    check ((advice is null) = (advised_by is null) and (advice is null) = (advised_at is null))
);
create index advice_request_open on advice_request (organisation_id, adviser_role) where advice is null;
