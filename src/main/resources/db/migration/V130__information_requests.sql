-- Module exchange: a partnership's working hours, closures and RAG deadlines; information requests, each addressed
-- organisation's part of one (its deadline, triage and answer) and the answer's items (docs/adr/0017).

create table exchange_working_hours (
    partnership_id uuid primary key references partnership (id),
    working_days   text        not null,   -- e.g. 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY'
    opens          time        not null,
    closes         time        not null check (closes > opens),
    red_amount     int         not null check (red_amount > 0),
    red_unit       text        not null check (red_unit in ('WORKING_HOURS', 'WORKING_DAYS', 'HOURS')),
    amber_amount   int         not null check (amber_amount > 0),
    amber_unit     text        not null check (amber_unit in ('WORKING_HOURS', 'WORKING_DAYS', 'HOURS')),
    green_amount   int         not null check (green_amount > 0),
    green_unit     text        not null check (green_unit in ('WORKING_HOURS', 'WORKING_DAYS', 'HOURS')),
    changed_by     uuid        not null,
    changed_at     timestamptz not null
);

-- Days the partnership's offices are closed besides the bank holidays of England and Wales shipped in code.
create table exchange_closure (
    partnership_id uuid        not null references partnership (id),
    closed_on      date        not null,
    reason         text        not null,
    added_by       uuid        not null,
    added_at       timestamptz not null,
    primary key (partnership_id, closed_on)
);

create table information_request (
    id                         uuid primary key,
    partnership_id             uuid        not null references partnership (id),
    requesting_organisation_id uuid        not null references organisation (id),
    requested_by               uuid        not null,
    requested_by_name          text        not null,
    person_id                  uuid        not null references person (id),
    subject_kind               text        not null check (subject_kind in ('CHILD', 'UNBORN', 'ADULT')),
    subject_age_years          int,
    purpose_category           text        not null,
    purpose                    text        not null,
    lawful_basis               text        not null,
    -- Annex 1 paragraph 1 of UK GDPR: the requester is a public authority and states the information is needed for
    -- its public task; snapshotted when sent, so the answer is judged on what the request said.
    from_public_authority      boolean     not null,
    states_public_task         boolean     not null,
    urgency                    text        not null check (urgency in ('RED', 'AMBER', 'GREEN')),
    sent_at                    timestamptz not null
);

create table information_request_question (
    request_id uuid not null references information_request (id),
    position   int  not null,
    question   text not null,
    primary key (request_id, position)
);

-- One addressed organisation's part of a request: its own deadline, triage and answer.
create table request_to_organisation (
    id                         uuid primary key,
    request_id                 uuid        not null references information_request (id),
    -- Copied from the request so that each side's open list is one index scan ordered by deadline.
    requesting_organisation_id uuid        not null references organisation (id),
    organisation_id            uuid        not null references organisation (id),
    named_user_id              uuid,
    urgency                    text        not null check (urgency in ('RED', 'AMBER', 'GREEN')),
    due_at                     timestamptz not null,
    status                     text        not null check (status in ('OPEN', 'ANSWERED', 'DECLINED')),
    escalated_at               timestamptz,
    responded_at               timestamptz,
    responded_by               uuid,
    responded_by_name          text,
    decision_id                uuid,
    decline_reasons            text,
    -- Set when the disclosures module reports a disclosure sent in answer to this request.
    disclosure_id              uuid,
    unique (request_id, organisation_id),
    check ((status = 'OPEN') = (responded_at is null))
);

create index request_to_organisation_inbox on request_to_organisation (organisation_id, status, due_at);
create index request_to_organisation_outbox on request_to_organisation (requesting_organisation_id, status, due_at);
create index request_to_organisation_overdue on request_to_organisation (due_at) where status = 'OPEN' and escalated_at is null;
create index information_request_person on information_request (person_id);

create table request_answer_item (
    request_to_organisation_id uuid not null references request_to_organisation (id),
    position                   int  not null,
    question_position          int  not null,
    answer                     text not null,
    kind                       text not null check (kind in ('FACT', 'OPINION', 'HISTORICAL')),
    source                     text not null,
    primary key (request_to_organisation_id, position)
);
