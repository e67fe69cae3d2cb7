create table user_account (
    id                   uuid primary key,
    organisation_id      uuid         not null references organisation (id),
    email                varchar(254) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(200) not null,
    totp_secret          varchar(64),
    totp_last_time_step  bigint,
    enabled              boolean      not null default true,
    failed_sign_ins      integer      not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);
create unique index user_account_email on user_account (lower(email));
create index user_account_organisation on user_account (organisation_id);

create table user_role (
    user_id  uuid        not null references user_account (id),
    role     varchar(40) not null,
    primary key (user_id, role)
);

-- Partner systems call the API with a bearer token; only its SHA-256 hash is kept.
create table api_client (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    name             varchar(200) not null,
    token_hash       char(64)     not null unique,
    created_at       timestamptz  not null default now(),
    revoked_at       timestamptz
);
