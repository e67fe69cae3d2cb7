-- Teams (module accounts): a named group of users of one organisation, such as a MASH's health desk, so that
-- requests and disclosures can be addressed to a team rather than to one person who may be away.
create table team (
    id               uuid primary key,
    organisation_id  uuid         not null references organisation (id),
    name             varchar(100) not null,
    created_at       timestamptz  not null default now(),
    unique (organisation_id, name)
);

create table team_member (
    team_id  uuid not null references team (id),
    user_id  uuid not null references user_account (id),
    primary key (team_id, user_id)
);
create index team_member_user on team_member (user_id);
