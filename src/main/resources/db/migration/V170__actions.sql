-- Actions (module actions, docs/adr/0020): a follow-up set on a record (a decision, an information request, a
-- disclosure, a referral or a meeting) with an owner (a user or a team), a due date and what "done" means. It closes
-- only with an outcome; the outcomes and agreements are kept in an append-only history (nothing is overwritten).
create table action_item (
    id                      uuid primary key,
    partnership_id          uuid          not null references partnership (id),
    subject_kind            varchar(30)   not null,
    subject_id              uuid          not null,
    subject_description     varchar(300)  not null, -- as the owning module words it, without personal data
    subject_path            varchar(200)  not null,
    set_by                  uuid          not null, -- a user, or a partner system's API client
    set_by_name             varchar(200)  not null,
    set_by_partner_system   boolean       not null,
    setter_organisation_id  uuid          not null references organisation (id),
    owner_user_id           uuid references user_account (id),
    owner_team_id           uuid references team (id),
    owner_organisation_id   uuid          not null references organisation (id),
    owner_name              varchar(200)  not null,
    what_to_do              varchar(2000) not null,
    done_when               varchar(2000) not null,
    due_on                  date          not null,
    set_at                  timestamptz   not null,
    status                  varchar(20)   not null check (status in ('OPEN', 'NOT_DONE_PROPOSED', 'DONE', 'NOT_DONE')),
    reminded_at             timestamptz,
    escalated_at            timestamptz,
    check ((owner_user_id is null) <> (owner_team_id is null))
);
create index action_item_owner_user on action_item (owner_user_id, status);
create index action_item_owner_team on action_item (owner_team_id, status);
create index action_item_set_by on action_item (set_by, status);
create index action_item_owner_organisation on action_item (owner_organisation_id, status, due_on);
create index action_item_due on action_item (partnership_id, status, due_on);

create table action_history (
    action_id         uuid          not null references action_item (id),
    position          int           not null,
    kind              varchar(30)   not null check (kind in ('DONE', 'NOT_DONE_PROPOSED', 'NOT_DONE_AGREED', 'NOT_DONE_REFUSED')),
    text              varchar(2000) not null,
    recorded_by       uuid          not null,
    recorded_by_name  varchar(200)  not null,
    recorded_at       timestamptz   not null,
    primary key (action_id, position)
);

-- Nothing closes silently and nothing is overwritten: an outcome, once recorded, is never changed or removed.
create function action_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'action_history is append-only';
end
$$;
create trigger action_history_append_only before update or delete on action_history
    for each row execute function action_history_is_append_only();
