-- Secure disclosures (module disclosures, ADR 0018): what one organisation sent to named people of another, sealed at
-- rest. Every personal detail (purpose, conditions, transparency, each item's content) is sealed with envelope
-- encryption under the sending organisation's key; the clear columns say only who, when, which kind and what state.
-- No foreign keys to other modules' record tables (people, decisions, accounts): modules keep their own tables.

-- The sending organisation's key (a Tink AES-256-GCM keyset), itself sealed by the key-encryption keyset that is kept
-- outside the database (ADR 0007): a copy of the database alone opens nothing.
create table disclosure_organisation_key (
    organisation_id uuid        primary key references organisation (id),
    keyset_sealed   bytea       not null,
    created_at      timestamptz not null
);

create table disclosure (
    id                        uuid         primary key,
    sender_organisation_id    uuid         not null references organisation (id),
    sent_by                   uuid         not null,
    sent_by_api_client        boolean      not null,
    sent_by_name              varchar(200) not null,
    recipient_organisation_id uuid         not null references organisation (id),
    person_id                 uuid         not null,
    decision_id               uuid         not null,
    request_id                uuid,
    told                      boolean      not null,
    has_conditions            boolean      not null,
    header_sealed             bytea        not null,
    sent_at                   timestamptz  not null,
    recalled_at               timestamptz,
    recalled_by               uuid,
    recall_reason             varchar(1000),
    check ((recalled_at is null) = (recall_reason is null))
);
create index disclosure_outbox on disclosure (sender_organisation_id, sent_at desc);
create index disclosure_person on disclosure (person_id);

-- Named recipients: users of the recipient organisation, or its partner system (API client), never a typed address.
create table disclosure_recipient (
    disclosure_id   uuid         not null references disclosure (id),
    recipient_id    uuid         not null,
    api_client      boolean      not null,
    name            varchar(200) not null,
    acknowledged_at timestamptz,
    opened_at       timestamptz,
    primary key (disclosure_id, recipient_id)
);
create index disclosure_inbox on disclosure_recipient (recipient_id);

-- One item. content_sealed is null once the item (or its disclosure) is recalled: the content is destroyed
-- (crypto-shredding), the row and the audit trail stay.
create table disclosure_item (
    id                   uuid         primary key,
    disclosure_id        uuid         not null references disclosure (id),
    position             integer      not null,
    kind                 varchar(20)  not null check (kind in ('FIELD', 'FACT', 'OPINION', 'HISTORICAL')),
    content_sealed       bytea,
    identities_at_risk   boolean      not null,
    release_state        varchar(20)  not null check (release_state in ('NONE', 'REDACTED', 'REQUESTED', 'RELEASED', 'REFUSED')),
    release_reason       varchar(1000),
    release_requested_by uuid,
    release_decided_by   uuid,
    release_decided_at   timestamptz,
    recalled_at          timestamptz,
    recalled_by          uuid,
    recall_reason        varchar(1000),
    unique (disclosure_id, position),
    check ((recalled_at is null) = (recall_reason is null)),
    check (recalled_at is not null or content_sealed is not null)
);
