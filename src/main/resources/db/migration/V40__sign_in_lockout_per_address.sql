-- Sign-in pauses are kept per account and client address (issue 9, OWASP ASVS 5.0 chapter 6): a lock on
-- the whole account let anyone who knew an email address lock its owner out. The old per-account
-- counters go; a lock in force at upgrade ends then, which the per-address throttle covers.
create table sign_in_lockout (
    user_id          uuid        not null references user_account (id),
    client_key       varchar(64) not null,
    failures         integer     not null default 0,
    lockouts         integer     not null default 0,
    locked_until     timestamptz,
    last_failure_at  timestamptz,
    primary key (user_id, client_key)
);

-- What the account holder is told at their next sign-in: someone paused sign-ins to their account.
create table sign_in_notice (
    id           uuid primary key,
    user_id      uuid        not null references user_account (id),
    raised_at    timestamptz not null,
    client_key   varchar(64) not null,
    failures     integer     not null,
    paused_until timestamptz not null,
    seen_at      timestamptz
);
create index sign_in_notice_unseen on sign_in_notice (user_id) where seen_at is null;

alter table user_account drop column failed_sign_ins;
alter table user_account drop column locked_until;
