-- A deployment hosts one or more safeguarding partnerships; every organisation belongs to one.
create table partnership (
    id          uuid primary key,
    name        varchar(200) not null unique,
    created_at  timestamptz  not null default now()
);

create table organisation (
    id              uuid primary key,
    partnership_id  uuid         not null references partnership (id),
    parent_id       uuid         references organisation (id),
    type            varchar(40)  not null,
    name            varchar(200) not null,
    created_at      timestamptz  not null default now(),
    unique (partnership_id, name)
);
create index organisation_partnership on organisation (partnership_id);

-- Identifiers such as an ODS code (NHS), a school URN (DfE) or a police force code.
create table organisation_identifier (
    organisation_id  uuid        not null references organisation (id),
    scheme           varchar(30) not null,
    value            varchar(30) not null,
    primary key (organisation_id, scheme),
    unique (scheme, value)
);

-- Secure contact points: where information may be sent safely (seed 002, "sharing securely").
create table organisation_contact_point (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    kind             varchar(30)  not null,
    label            varchar(100) not null,
    value            varchar(300) not null
);
create index contact_point_organisation on organisation_contact_point (organisation_id);
