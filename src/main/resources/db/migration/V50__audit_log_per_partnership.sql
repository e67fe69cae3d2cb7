-- One Merkle log per partnership (docs/adr/0009): a partner's checkpoints and proofs then reveal nothing of another
-- partnership's activity. A leaf and a checkpoint belong to a log: a partnership's id, or 'service' for events that
-- belong to no partnership. Every leaf and checkpoint made before this migration stays, unchanged, in the service
-- log (it was the one log of everything), so its checkpoints keep verifying. Adding a column with a default writes
-- no row, so the append-only triggers are not involved.
alter table audit_leaf add column log text not null default 'service'
    check (log = 'service' or log ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
alter table audit_leaf alter column log drop default;
alter table audit_leaf drop constraint audit_leaf_pkey;
alter table audit_leaf add primary key (log, leaf_index);

alter table audit_checkpoint add column log text not null default 'service'
    check (log = 'service' or log ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
alter table audit_checkpoint alter column log drop default;
alter table audit_checkpoint drop constraint audit_checkpoint_pkey;
alter table audit_checkpoint add primary key (log, tree_size);
