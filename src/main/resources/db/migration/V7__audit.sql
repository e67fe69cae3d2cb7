-- The audit trail (module audit): typed events written in the action's own transaction, the Merkle
-- tree's leaves assigned by the sequencer, and signed checkpoints. Ids and codes only, never names.
create table audit_event (
    id              bigserial primary key,
    -- The writing transaction, so the sequencer takes an event only once every earlier transaction has ended.
    xid             xid8        not null default pg_current_xact_id(),
    occurred_at     timestamptz not null,
    actor_kind      text        check (actor_kind in ('USER', 'API_CLIENT')),
    actor_id        uuid,
    organisation_id uuid,
    partnership_id  uuid,
    roles           text,
    action          text        not null,
    outcome         text        not null check (outcome in ('DONE', 'REFUSED')),
    person_id       uuid,
    touched         text,
    purpose         text        check (length(purpose) <= 200),
    request_id      text        check (length(request_id) <= 64),
    client_address  text        check (length(client_address) <= 64)
);
create index audit_event_xid on audit_event (xid);
create index audit_event_person on audit_event (person_id, id);
create index audit_event_actor on audit_event (actor_id, id);
create index audit_event_partnership on audit_event (partnership_id, id);

create table audit_leaf (
    leaf_index bigint primary key check (leaf_index >= 0),
    event_id   bigint not null unique references audit_event (id),
    leaf_hash  bytea  not null check (length(leaf_hash) = 32)
);

create table audit_checkpoint (
    tree_size bigint      primary key check (tree_size >= 0),
    root_hash bytea       not null check (length(root_hash) = 32),
    issued_at timestamptz not null,
    key_id    text        not null,
    signature bytea       not null
);

-- Append-only, whoever connects: the service's own role cannot change or remove an audit row. Only a
-- superuser can get round this (by disabling triggers), which verification then detects.
create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit tables are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_append_only();
create trigger audit_leaf_append_only before update or delete on audit_leaf
    for each row execute function audit_append_only();
create trigger audit_leaf_no_truncate before truncate on audit_leaf
    for each statement execute function audit_append_only();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_append_only();
