-- Consent is time-limited (UK GDPR; seed 002): each partnership sets how long consent lasts unless a
-- record says otherwise. Without a row the default is 12 months.
create table consent_partnership_policy (
    partnership_id   uuid primary key references partnership (id),
    validity_months  integer not null check (validity_months between 1 and 60)
);

-- Where an organisation's policy requires it, a decision to share without consent or against a refusal
-- must be approved by its designated safeguarding lead or Caldicott guardian before it is in force.
create table consent_organisation_policy (
    organisation_id      uuid primary key references organisation (id),
    ground_approval_role varchar(40) check (ground_approval_role in ('DESIGNATED_SAFEGUARDING_LEAD', 'CALDICOTT_GUARDIAN'))
);

-- A consent (or refusal) record about a person held by one organisation: a series of versions, each
-- never changed or deleted (a correction is a new version with its reason), like decision records.
create table consent_record (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    person_id        uuid        not null references person (id),
    created_at       timestamptz not null
);
create index consent_record_person on consent_record (person_id);

create table consent_version (
    consent_id             uuid        not null references consent_record (id),
    version                integer     not null check (version >= 1),
    recorded_at            timestamptz not null,
    recorded_by            uuid        references user_account (id),
    recorded_by_api_client uuid        references api_client (id),
    recorded_by_name       text        not null,
    correction_reason      text,
    answer                 varchar(10) not null check (answer in ('GIVEN', 'REFUSED')),
    expires_on             date,
    terms                  jsonb       not null,
    primary key (consent_id, version),
    check (num_nonnulls(recorded_by, recorded_by_api_client) = 1),
    check ((version = 1) = (correction_reason is null))
);

-- Withdrawal can be at any time (seed 002) and happens once: what it covers is part of the record.
create table consent_withdrawal (
    consent_id             uuid primary key references consent_record (id),
    withdrawn_on           date        not null,
    withdrawal             jsonb       not null,
    recorded_at            timestamptz not null,
    recorded_by            uuid        references user_account (id),
    recorded_by_api_client uuid        references api_client (id),
    recorded_by_name       text        not null,
    check (num_nonnulls(recorded_by, recorded_by_api_client) = 1)
);

-- Decision- and time-specific assessments of Gillick competence or mental capacity (MCA 2005 s2-3).
create table capacity_assessment (
    id                     uuid primary key,
    organisation_id        uuid        not null references organisation (id),
    person_id              uuid        not null references person (id),
    assessed_on            date        not null,
    assessment             jsonb       not null,
    recorded_at            timestamptz not null,
    recorded_by            uuid        not null references user_account (id)
);
create index capacity_assessment_person on capacity_assessment (person_id);

-- Seed 003's grounds to share without consent or against a refusal, and their approval where required.
create table consent_ground (
    id                     uuid primary key,
    organisation_id        uuid        not null references organisation (id),
    person_id              uuid        not null references person (id),
    ground                 jsonb       not null,
    approval_role          varchar(40),
    recorded_at            timestamptz not null,
    recorded_by            uuid        not null references user_account (id)
);
create index consent_ground_person on consent_ground (person_id);

create table consent_ground_approval (
    ground_id              uuid primary key references consent_ground (id),
    approved_by            uuid        not null references user_account (id),
    approved_by_name       text        not null,
    approved_on            date        not null,
    recorded_at            timestamptz not null
);

-- Recipients of information shared on the strength of a consent are told, through the service, when it
-- is withdrawn. The notice carries what they need to act; they already hold the person's name.
create table consent_withdrawal_notice (
    id                        uuid primary key,
    consent_id                uuid        not null references consent_record (id),
    decision_id               uuid        not null references decision (id),
    recipient_organisation_id uuid        not null references organisation (id),
    sender_organisation_id    uuid        not null references organisation (id),
    person_name               text        not null,
    withdrawn_on              date        not null,
    covers                    text        not null,
    sent_at                   timestamptz not null,
    unique (consent_id, decision_id, recipient_organisation_id)
);
create index consent_withdrawal_notice_recipient on consent_withdrawal_notice (recipient_organisation_id, sent_at desc);

create function consent_records_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'consent records are never changed: record a correction as a new version';
end;
$$;
create trigger consent_version_immutable before update or delete on consent_version
    for each row execute function consent_records_are_immutable();
create trigger consent_withdrawal_immutable before update or delete on consent_withdrawal
    for each row execute function consent_records_are_immutable();
create trigger capacity_assessment_immutable before update or delete on capacity_assessment
    for each row execute function consent_records_are_immutable();
create trigger consent_ground_immutable before update or delete on consent_ground
    for each row execute function consent_records_are_immutable();
create trigger consent_ground_approval_immutable before update or delete on consent_ground_approval
    for each row execute function consent_records_are_immutable();
